// Changes past the server's message limit against a real server: one local change that large arrives in pieces,
// and a single struct past the limit (which cannot be cut) is still refused with 4413 and told, never retried.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { z } from "zod";
import { LOCAL, readJourney } from "../../src/doc";
import { addCard } from "../../src/doc/ops";
import { MAX_MESSAGE_BYTES } from "../../src/doc/messageLimit";
import { TOO_LARGE, UNSENT_REFUSED, accessLostMessage } from "../../src/sync/status";
import { waitFor, withLiveServer } from "./liveServer";

/** Every socket the sessions opened, in order. */
const sockets: string[] = [];
class RecordingWebSocket extends NodeWebSocket {
  constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
    sockets.push(String(args[0]));
    super(...args);
  }
}
const live = withLiveServer({ WebSocketPolyfill: RecordingWebSocket as unknown as typeof WebSocket });
const { createMap, session } = live;

async function serverCards(mapId: string, token: string): Promise<number> {
  const res = await fetch(`${live.baseUrl()}/api/maps/${mapId}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const file = z.object({ journey: z.object({ cards: z.array(z.unknown()) }) });
  return file.parse(await res.json()).journey.cards.length;
}

describe("changes past the server's message limit", () => {
  it("sends one local change larger than the limit in pieces: the server stores it and another editor gets it", async () => {
    const map = await createMap({ title: "Groß" });
    const editor = await session(map.id, map.tokens.edit);
    await waitFor(() => editor.status() === "online", "editor online");
    const { stages, lanes } = readJourney(editor.doc);
    // Long German descriptions (ä ö ü ß take two bytes each): 400 cards are about 2.3 MiB.
    const description = "Über Größe, Gebühren und Fußnoten grübeln äußerst müde Kundinnen. ".repeat(80).slice(0, 5000);
    const other = await session(map.id, map.tokens.owner);
    await waitFor(() => other.status() === "online", "another editor online");
    let size = 0;
    const measure = (update: Uint8Array): void => void (size = update.byteLength);
    editor.doc.on("update", measure);
    // One transaction, as an import or a large paste would make it.
    editor.doc.transact(() => {
      for (let i = 0; i < 400; i++) {
        addCard(editor.doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: `Karte ${i}`, description });
      }
    }, LOCAL);
    editor.doc.off("update", measure);
    expect(size).toBeGreaterThan(MAX_MESSAGE_BYTES);

    const expected = readJourney(editor.doc).cards.length;
    await waitFor(
      () => readJourney(other.doc).cards.length === expected || editor.accessLost() !== null,
      "every card at another editor",
    );
    expect(editor.accessLost()).toBeNull();
    expect(readJourney(other.doc)).toEqual(readJourney(editor.doc));
    expect(await serverCards(map.id, map.tokens.owner)).toBe(expected);
  });

  it("still refuses a single struct larger than the limit with 4413, says reloading will not help, and does not retry", async () => {
    const map = await createMap({ title: "Groß" });
    const editor = await session(map.id, map.tokens.edit);
    await waitFor(() => editor.status() === "online", "editor online");
    const before = sockets.length;
    // One string past the limit cannot be cut (the map's own fields are far shorter).
    editor.doc.getMap("oversized").set("text", "ß".repeat(MAX_MESSAGE_BYTES / 2 + 1000));
    await waitFor(() => editor.accessLost() !== null, "access lost");
    // The refused change is kept in this page and its local copy, which would send it again on every visit: the
    // sentence says so, and to export the map as JSON.
    expect(editor.accessLost()).toBe(`${TOO_LARGE} ${UNSENT_REFUSED}`);
    expect(accessLostMessage(4413, true)).toBe(TOO_LARGE);
    expect(TOO_LARGE).not.toMatch(/Reload the page to/);
    expect(editor.status()).toBe("offline");
    await new Promise((r) => setTimeout(r, 400));
    expect(sockets.length).toBe(before);
  });
});

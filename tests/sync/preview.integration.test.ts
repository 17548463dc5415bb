// A page's session asks the server for the map's snapshot (src/sync/snapshot.ts) on its first connection: it
// arrives before the document, matches the document's reading, and stops being shown once the map has synced.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as decoding from "lib0/decoding";
import { WebSocket as NodeWebSocket } from "ws";
import { readJourney } from "../../src/doc";
import { MESSAGE_SNAPSHOT, readSnapshot } from "../../src/doc/snapshotMessage";
import { withLiveServer, waitFor } from "./liveServer";

/** Every socket the sessions open: its address and the frames it received, in order. */
const sockets: { url: string; frames: Uint8Array[] }[] = [];
class RecordingWebSocket extends NodeWebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols);
    const socket = { url, frames: [] as Uint8Array[] };
    sockets.push(socket);
    this.on("message", (data: Buffer) => socket.frames.push(new Uint8Array(data)));
  }
}

const live = withLiveServer({ WebSocketPolyfill: RecordingWebSocket as unknown as typeof WebSocket });

const typeOf = (frame: Uint8Array): number => decoding.readVarUint(decoding.createDecoder(frame));
const isSyncStep2 = (frame: Uint8Array): boolean => {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1;
};

describe("the map's snapshot in a page's session", () => {
  it("comes before the document on the map's socket only, equals its reading, and ends once synced", async () => {
    const file = readFileSync(join(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");
    const map = await live.createMap({ file });
    const session = await live.session(map.id, map.tokens.edit);
    await waitFor(() => session.status() === "online", "online");
    expect(session.preview.journey()).toBeNull();

    const main = sockets.find((s) => !s.url.includes("/comments"));
    const comments = sockets.find((s) => s.url.includes("/comments"));
    expect(main?.url).toContain("snapshot=1");
    const frames = main?.frames ?? [];
    const at = frames.findIndex((f) => typeOf(f) === MESSAGE_SNAPSHOT);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(frames.findIndex(isSyncStep2));
    const decoder = decoding.createDecoder(frames[at]!);
    decoding.readVarUint(decoder);
    const snapshot = readSnapshot(decoder);
    expect(snapshot?.cards.length).toBeGreaterThan(0);
    expect(snapshot).toEqual(readJourney(session.doc));
    expect(comments?.frames.map(typeOf)).not.toContain(MESSAGE_SNAPSHOT);
  });
});

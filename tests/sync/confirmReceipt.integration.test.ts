// The server's confirmation that it stored what a page sent, against a real server whose reading of the page's
// messages is held back: it comes with the answer to the page's own sync step 1 after its answer to the server's,
// not with the provider's sync, also when the page asked for the whole map at once (one more sync step 2).
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { z } from "zod";
import { readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { confirmReceipt } from "../../src/sync/confirmReceipt";
import { HoldingWebSocketPolyfill, hold } from "./holdingSocket";
import { waitFor, withLiveServer } from "./liveServer";

const live = withLiveServer();
const providers: WebsocketProvider[] = [];
afterEach(() => {
  hold.reset();
  for (const p of providers.splice(0)) p.destroy();
});

async function serverStages(mapId: string, token: string): Promise<string[]> {
  const res = await fetch(`${live.baseUrl()}/api/maps/${mapId}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const file = z.object({ journey: z.object({ stages: z.array(z.object({ name: z.string() })) }) });
  return file.parse(await res.json()).journey.stages.map((st) => st.name);
}

/** A page that has the map already, with one stage more than the server (made while it was away). */
async function pageAhead(stage: string): Promise<{ map: Awaited<ReturnType<typeof live.createMap>>; doc: Y.Doc }> {
  const map = await live.createMap({ title: "Quittung" });
  const doc = new Y.Doc();
  const first = new WebsocketProvider(wsUrl(), map.id, doc, {
    params: { token: map.tokens.edit },
    disableBc: true,
    WebSocketPolyfill: HoldingWebSocketPolyfill,
  });
  providers.push(first);
  await waitFor(() => first.synced, "the map at the page");
  first.destroy();
  addStage(doc, { name: stage });
  return { map, doc };
}

/** The page's provider through the holding socket, not connected yet. */
function pageProvider(mapId: string, doc: Y.Doc, params: Record<string, string>): WebsocketProvider {
  const provider = new WebsocketProvider(wsUrl(), mapId, doc, {
    params,
    disableBc: true,
    WebSocketPolyfill: HoldingWebSocketPolyfill,
    connect: false,
  });
  providers.push(provider);
  return provider;
}

const wsUrl = (): string => `${live.baseUrl().replace("http", "ws")}/ws`;

describe("the confirmation that the server stored what a page sent", () => {
  for (const full of [true, false]) {
    it(`waits for the answer to the page's sync step 1 after its changes${full ? ", with the whole map at once" : ""}`, async () => {
      const { map, doc } = await pageAhead("Nur hier");

      hold.on = true;
      const before = hold.answers;
      const params: Record<string, string> = full ? { token: map.tokens.edit, full: "1" } : { token: map.tokens.edit };
      const provider = pageProvider(map.id, doc, params);
      let stored = 0;
      confirmReceipt(provider, () => (stored += 1));
      provider.connect();

      // Every sync step 2 the server sends before it reads the page's answer has come, the provider's sync too.
      await waitFor(() => provider.synced && hold.answers === before + (full ? 2 : 1), "the server's first answers");
      expect(stored).toBe(0);
      expect(await serverStages(map.id, map.tokens.owner)).not.toContain("Nur hier");

      hold.release();
      await waitFor(() => stored === 1, "the confirmation");
      expect(await serverStages(map.id, map.tokens.owner)).toContain("Nur hier");
      expect(readJourney(doc).stages.map((st) => st.name)).toContain("Nur hier");
    });
  }

  it("asks again after a change made while a confirmation was on its way, and confirms only that answer", async () => {
    const { map, doc } = await pageAhead("Offline");

    hold.on = true;
    const before = hold.answers;
    const provider = pageProvider(map.id, doc, { token: map.tokens.edit });
    // Which sync step 2 the confirmation came with (counted from this connection's first).
    let storedAt = 0;
    confirmReceipt(provider, () => (storedAt = hold.answers - before));
    provider.connect();
    await waitFor(() => provider.synced && hold.answers === before + 1, "the server's answer to the provider");
    // The page's answer and its confirmation step 1 wait; meanwhile it changes the map once more.
    addStage(doc, { name: "Während der Quittung" });

    hold.release();
    await waitFor(() => storedAt > 0, "the confirmation");
    // The answer to the first confirmation step 1 did not count: it was asked before the change. The page asked
    // again, and the second answer confirmed it, with everything on the server.
    expect(storedAt).toBe(3);
    const names = await serverStages(map.id, map.tokens.owner);
    expect(names).toEqual(expect.arrayContaining(["Offline", "Während der Quittung"]));
  });
});

// @vitest-environment jsdom
// A page leaving for the browser's back/forward cache hides my presence at once; coming back from it (pageshow
// with persisted) shows it again, to me and to the others, without waiting for my next move.
import "fake-indexeddb/auto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket as NodeWebSocket } from "ws";
import { z } from "zod";
import { startServer } from "../../server/app";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { setLocalPresence } from "../../src/sync/presence";

const WebSocketPolyfill = NodeWebSocket as unknown as typeof WebSocket;
const createdSchema = z.object({
  id: z.string(),
  tokens: z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() }),
});

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let baseUrl: string;
const open: MapSession[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "outside-in-restore-"));
  server = await startServer({ port: 0, host: "127.0.0.1", dataDir });
  baseUrl = `http://127.0.0.1:${server.port}`;
});
afterEach(() => {
  for (const s of open.splice(0)) s.destroy();
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function twoSessions(): Promise<{ me: MapSession; peer: MapSession }> {
  const response = await fetch(`${baseUrl}/api/maps`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: "Zurück" }),
  });
  const map = createdSchema.parse(await response.json());
  const me = await openMapSession({ mapId: map.id, token: map.tokens.edit, baseUrl, WebSocketPolyfill });
  open.push(me);
  const peer = await openMapSession({ mapId: map.id, token: map.tokens.owner, baseUrl, WebSocketPolyfill });
  open.push(peer);
  await waitFor(() => me.status() === "online" && peer.status() === "online", "both online");
  return { me, peer };
}

const pageShow = (persisted: boolean): Event => new PageTransitionEvent("pageshow", { persisted });

describe("a map page and the back/forward cache", () => {
  it("shows my presence again, to me and to the others, when the page comes back from the cache", async () => {
    const { me, peer } = await twoSessions();
    setLocalPresence(me.awareness, { selection: ["c_größe"], editing: "c_größe" });
    const mine = me.awareness.getLocalState();
    expect(mine).toMatchObject({ selection: ["c_größe"] });
    const seenByPeer = () => peer.awareness.getStates().get(me.doc.clientID);
    await waitFor(() => seenByPeer() !== undefined, "my presence at the peer");

    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    expect(me.awareness.getLocalState()).toBeNull();
    await waitFor(() => seenByPeer() === undefined, "my presence gone at the peer");

    window.dispatchEvent(pageShow(true));
    expect(me.awareness.getLocalState()).toEqual(mine);
    await waitFor(() => seenByPeer() !== undefined, "my presence back at the peer");
    expect(seenByPeer()).toEqual(mine);
  });

  it("leaves a newer state alone, and a first pageshow (not from the cache) changes nothing", async () => {
    const { me } = await twoSessions();
    window.dispatchEvent(pageShow(false));
    const before = me.awareness.getLocalState();
    expect(before).not.toBeNull();

    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    setLocalPresence(me.awareness, { selection: ["c_new"] });
    window.dispatchEvent(pageShow(true));
    expect(me.awareness.getLocalState()).toMatchObject({ selection: ["c_new"] });
  });
});

// The heartbeat: a page that vanished without closing (lid shut, network cut) is cut and leaves the others' view.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { heartbeat } from "../../server/rooms/heartbeat";
import {
  connect,
  createMap,
  rawSocket,
  startTestServer,
  synced,
  waitFor,
  type Client,
  type Created,
  type TestServer,
} from "./helpers";
import { awarenessFrame } from "./protocol";

const INTERVAL_MS = 100;
const defaultInterval = heartbeat.intervalMs;
let t: TestServer;
let map: Created;
const clients: Client[] = [];

beforeEach(async () => {
  heartbeat.intervalMs = INTERVAL_MS;
  t = await startTestServer({ idleMs: 200 });
  map = await createMap(t.url, { title: "Geteilte Karte „Umzug“" });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.stop();
  heartbeat.intervalMs = defaultInterval;
});

/** A page that is present on the map: a raw socket that announced itself in awareness, seen by a watcher. */
async function presentPage(watcher: Client) {
  const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
  await raw.opened;
  const mine = new Awareness(new Y.Doc());
  mine.setLocalState({ user: { name: "Jürgen" } });
  raw.ws.send(awarenessFrame(mine, [mine.clientID]));
  await waitFor(() => watcher.provider.awareness.getStates().has(mine.clientID), 5000, "the page is present");
  return { raw, clientId: mine.clientID };
}

describe("heartbeat", () => {
  it("keeps a page that answers pings, however many go by", async () => {
    const watcher = connect(t.wsUrl, map.id, map.tokens.view);
    clients.push(watcher);
    await synced(watcher);
    const { raw, clientId } = await presentPage(watcher);
    await new Promise((r) => setTimeout(r, INTERVAL_MS * 8));
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    expect(watcher.provider.awareness.getStates().has(clientId)).toBe(true);
    expect(watcher.provider.wsconnected).toBe(true);
    raw.ws.close();
  });

  it("cuts a page that stops answering pings and removes its presence for the others at once", async () => {
    const watcher = connect(t.wsUrl, map.id, map.tokens.view);
    clients.push(watcher);
    await synced(watcher);
    const { raw, clientId } = await presentPage(watcher);
    // The lid shuts: the page reads nothing more, so no ping is answered, and it never closes its socket.
    raw.ws.pause();
    const paused = Date.now();
    // Without the heartbeat the state stays until the watcher's own 30 s awareness timeout.
    await waitFor(() => !watcher.provider.awareness.getStates().has(clientId), 3000, "the presence is removed");
    expect(Date.now() - paused).toBeLessThan(INTERVAL_MS * 10);
    raw.ws.resume();
    expect((await raw.closed).code).toBe(1006);
    expect(watcher.provider.wsconnected).toBe(true);
  });
});

// The heartbeat: a page that vanished without closing (lid shut, network cut) is cut and leaves the others' view.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { EventEmitter } from "node:events";
import type { WebSocket } from "ws";
import { beat, heartbeat, watchSocket, type BeatSocket } from "../../server/rooms/heartbeat";
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
    // Without the heartbeat the state stays until the watcher's own 30 s awareness timeout; with it, it goes
    // within two beats (a little later on a busy machine).
    await waitFor(() => !watcher.provider.awareness.getStates().has(clientId), 5000, "the presence is removed");
    raw.ws.resume();
    expect((await raw.closed).code).toBe(1006);
    expect(watcher.provider.wsconnected).toBe(true);
  });
});

/** A socket stand-in that counts pings and records being cut; emitting "pong" plays its answer. */
function fakeSocket(queued = 0) {
  const socket = Object.assign(new EventEmitter(), {
    OPEN: 1 as const,
    readyState: 1 as BeatSocket["readyState"],
    bufferedAmount: queued,
    pings: 0,
    cut: false,
    ping() {
      socket.pings += 1;
    },
    terminate() {
      socket.cut = true;
    },
  });
  watchSocket(socket as unknown as WebSocket);
  return socket;
}

describe("one beat", () => {
  it("pings every open socket and cuts, at the next beat, the one that did not answer", () => {
    const quiet = fakeSocket();
    const lively = fakeSocket();
    expect(beat([quiet, lively])).toBe(0);
    expect([quiet.pings, lively.pings]).toEqual([1, 1]);
    lively.emit("pong");
    expect(beat([quiet, lively])).toBe(1);
    expect([quiet.cut, lively.cut]).toEqual([true, false]);
    expect(lively.pings).toBe(2);
  });

  it("waits for a socket that is still reading what the server queued for it, and cuts it once that stops", () => {
    const slow = fakeSocket(8_000_000);
    beat([slow]);
    slow.bufferedAmount = 5_000_000;
    expect(beat([slow])).toBe(0);
    slow.bufferedAmount = 1_000_000;
    expect(beat([slow])).toBe(0);
    // The line went dead: nothing more is read.
    expect(beat([slow])).toBe(1);
    expect(slow.cut).toBe(true);
  });

  it("cuts nobody on a beat that comes late, when the server could not read the answers yet", () => {
    const socket = fakeSocket();
    beat([socket]);
    expect(beat([socket], true)).toBe(0);
    expect(socket.pings).toBe(2);
    expect(beat([socket])).toBe(1);
  });

  it("cuts a socket that is still closing at the next beat, without pinging it", () => {
    const closing = fakeSocket();
    closing.readyState = 2;
    expect(beat([closing])).toBe(0);
    expect(closing.pings).toBe(0);
    expect(beat([closing])).toBe(1);
  });
});

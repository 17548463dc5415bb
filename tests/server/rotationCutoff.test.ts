// Rotating a link ends its connections at once, also for a client that ignores the close frame: nothing it sends
// afterwards is applied, stored, forwarded or shown as presence, and its TCP connection is gone within a second.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { createMap, synced, startTestServer, waitFor, api, type Client, type Created, clientsOf } from "./helpers";
import type { TestServer } from "./helpers";
import { awarenessFrame, someUpdate, updateFrame } from "./protocol";
import { rawTcpClient } from "./rawTcp";

let t: TestServer;
let map: Created;
const clients = clientsOf(() => t);
const open = clients.open;
const metaOf = (c: Client, key: string): unknown => c.doc.getMap("meta").get(key);

beforeEach(async () => {
  t = await startTestServer();
  map = await createMap(t.url, { title: "Rotated map" });
});
afterEach(async () => {
  clients.closeAll();
  await t.stop();
});

describe("rotating a link", () => {
  it("ends a connection that ignores the close frame: nothing it sends after is handled, and its socket goes", async () => {
    const peer = open(map.id, map.tokens.owner);
    await synced(peer);
    const raw = await rawTcpClient(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    try {
      // Before the rotation the connection writes like any editor's.
      raw.sendBinary(updateFrame(someUpdate("before", "applied")));
      await waitFor(() => metaOf(peer, "before") === "applied", 5000, "the write before the rotation");

      const started = Date.now();
      const rotated = await api(t.url, `/api/maps/${map.id}/links/edit/rotate`, {
        method: "POST",
        token: map.tokens.owner,
      });
      expect(rotated.status).toBe(200);
      // The client keeps writing, as if it had not seen the close frame.
      raw.sendBinary(updateFrame(someUpdate("after", "must not arrive")));
      const presence = new Awareness(new Y.Doc());
      presence.setLocalState({ user: { name: "Ghost" } });
      raw.sendBinary(awarenessFrame(presence, [presence.clientID]));

      // The peer hears nothing of it.
      await new Promise((r) => setTimeout(r, 300));
      expect(metaOf(peer, "after")).toBeUndefined();
      expect(peer.provider.awareness.getStates().has(presence.clientID)).toBe(false);

      const goneAt = await Promise.race([raw.gone, new Promise<number>((r) => setTimeout(() => r(Infinity), 2000))]);
      expect(goneAt - started).toBeLessThan(1000);
      expect(raw.closeFrame()?.code).toBe(4401);

      // A fresh client does not get it, and neither does the log after a restart.
      const fresh = open(map.id, map.tokens.owner);
      await synced(fresh);
      expect(metaOf(fresh, "before")).toBe("applied");
      expect(metaOf(fresh, "after")).toBeUndefined();
      clients.closeAll();
      await t.restart();
      const reloaded = open(map.id, map.tokens.owner);
      await synced(reloaded);
      expect(metaOf(reloaded, "before")).toBe("applied");
      expect(metaOf(reloaded, "after")).toBeUndefined();
    } finally {
      raw.socket.destroy();
    }
  });

  it("leaves the room as soon as the link is rotated, before the close handshake ends", async () => {
    const raw = await rawTcpClient(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`);
    const peer = open(map.id, map.tokens.owner);
    await synced(peer);
    try {
      const presence = new Awareness(new Y.Doc());
      presence.setLocalState({ user: { name: "Viewer" } });
      raw.sendBinary(awarenessFrame(presence, [presence.clientID]));
      await waitFor(() => peer.provider.awareness.getStates().has(presence.clientID), 5000, "the viewer's presence");
      await api(t.url, `/api/maps/${map.id}/links/view/rotate`, { method: "POST", token: map.tokens.owner });
      // Its presence goes with it at once, not when the socket finally closes.
      await waitFor(() => !peer.provider.awareness.getStates().has(presence.clientID), 400, "presence removed");
      const gone = await Promise.race([
        raw.gone.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 1500)),
      ]);
      expect(gone).toBe(true);
    } finally {
      raw.socket.destroy();
    }
  });
});

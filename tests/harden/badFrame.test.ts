// A connection the server closes for a bad or too large frame is over: frames that were already on the way behind
// it must not be applied or forwarded.
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { WebSocket } from "ws";
import { insertedStrings, rawClient, until, updateFrame, type RawClient } from "../../bench/lib/rawClient";
import { createMap, startTestServer, type TestServer } from "../server/helpers";

let server: TestServer | undefined;
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await server?.stop();
  server = undefined;
});

function editsBehind(first: Uint8Array, marks: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [first];
  doc.on("update", (u: Uint8Array) => frames.push(updateFrame(u)));
  for (const mark of marks) doc.getMap("after").set(mark, mark);
  doc.destroy();
  return frames;
}

describe("a connection closed for a bad frame", () => {
  for (const [what, first, code] of [
    ["an unreadable frame", new Uint8Array([9, 9, 9]), 4400],
    ["a frame over the size limit", new Uint8Array(2 * 1024 * 1024 + 1), 4413],
  ] as const) {
    it(`applies nothing that came after ${what}`, async () => {
      server = await startTestServer();
      const map = await createMap(server.url);
      const seen: string[] = [];
      const peer = rawClient(server.wsUrl, map.id, {
        token: map.tokens.view,
        onUpdate: (u) => seen.push(...insertedStrings(u)),
      });
      clients.push(peer);
      await until(() => peer.synced, 5000, "the peer");
      const ws = new WebSocket(`${server.wsUrl}/${map.id}?token=${map.tokens.edit}`);
      ws.on("error", () => {});
      await new Promise((done) => ws.once("open", done));
      const closed = new Promise<number>((done) => ws.once("close", (c) => done(c)));
      for (const frame of editsBehind(first, ["behind-1", "behind-2", "behind-3"])) ws.send(frame);
      expect(await closed).toBe(code);

      // A later editor's change arrives, so anything sent before it would have arrived too.
      const later = rawClient(server.wsUrl, map.id, { token: map.tokens.edit });
      clients.push(later);
      await until(() => later.synced, 5000, "the later editor");
      const doc = new Y.Doc();
      doc.on("update", (u: Uint8Array) => later.sendUpdate(u));
      doc.getMap("after").set("later", "later");
      await until(() => seen.includes("later"), 5000, "the later edit");
      expect(seen.filter((s) => s.startsWith("behind"))).toEqual([]);
    });
  }
});

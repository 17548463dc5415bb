// Found by the protocol fuzz: a malformed update that Yjs half reads leaves a pending struct behind that can never
// be encoded again, so no client could sync the map any more. The server must refuse it before it touches the map.
import { afterEach, describe, expect, it } from "vitest";
import { rawClient, until, updateFrame, type RawClient } from "../../bench/lib/rawClient";
import { createMap, startTestServer, type TestServer } from "../server/helpers";

const POISON = [
  "0102eaca01880101e0850b8a01a8eacae0850b880101770f80808080808080808080017265616420697420616761696e2800eae5e0850b8401076368616e6e656c017703",
  "0102eacae085808080808080808080806d01a8eacae0850b880101770f49207265616420697420616761696e2800eacae0850b8401076368616e6e656c01770377656e65",
];

let server: TestServer | undefined;
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await server?.stop();
  server = undefined;
});

describe("a malformed update from an editor", () => {
  it.each(POISON.map((hex, i) => [i + 1, hex] as const))(
    "closes that connection and leaves the map readable for everyone (fuzz find %i)",
    async (_n, hex) => {
      server = await startTestServer();
      const map = await createMap(server.url);
      const editor = rawClient(server.wsUrl, map.id, { token: map.tokens.edit });
      clients.push(editor);
      await until(() => editor.synced, 5000, "the editor");
      editor.send(updateFrame(Uint8Array.from(Buffer.from(hex, "hex"))));
      expect((await editor.closed).code).toBe(4400);

      const reader = rawClient(server.wsUrl, map.id, { token: map.tokens.view });
      clients.push(reader);
      await until(() => reader.synced || reader.ws.readyState === reader.ws.CLOSED, 5000, "the reader");
      expect(reader.synced).toBe(true);

      // The map also loads again from disk.
      await server.restart();
      const after = rawClient(server.wsUrl, map.id, { token: map.tokens.view });
      clients.push(after);
      await until(() => after.synced || after.ws.readyState === after.ws.CLOSED, 5000, "a reader after a restart");
      expect(after.synced).toBe(true);
    },
  );
});

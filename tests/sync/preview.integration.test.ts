// A page's session asks the server for the map's snapshot (src/doc/snapshotMessage.ts) on its first connection: for
// a big map it arrives before the document, matches the document's reading, and stops being shown once synced.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket as NodeWebSocket, WebSocketServer } from "ws";
import { blankJourney, createJourneyDoc, readJourney } from "../../src/doc";
import { MESSAGE_SNAPSHOT, readSnapshot, snapshotFrame } from "../../src/doc/snapshotMessage";
import { openMapSession } from "../../src/sync/session";
import { generatedJourney } from "../export/journeys";
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
    const file = JSON.stringify({ format: "outside-in.journey", version: 1, journey: generatedJourney(200) });
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

describe("the map's snapshot when the document does not follow", () => {
  it("stops being shown when the connection drops before the document came", async () => {
    const snapshot = readJourney(createJourneyDoc(blankJourney("Ich ziehe um", "de")));
    // A server that answers who the token makes us, sends the snapshot, then closes without the document.
    const sockets = new WebSocketServer({ noServer: true });
    const server = createServer((_req, res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ id: "m1", title: "Ich ziehe um", role: "editor" }));
    });
    server.on("upgrade", (req, socket, head) => {
      sockets.handleUpgrade(req, socket, head, (ws) => {
        if (req.url?.includes("/comments")) return;
        ws.send(snapshotFrame(snapshot));
        setTimeout(() => ws.close(), 300);
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    try {
      const session = await openMapSession({
        mapId: "m1",
        token: "t",
        baseUrl: `http://127.0.0.1:${port}`,
        WebSocketPolyfill: NodeWebSocket as unknown as typeof WebSocket,
      });
      let shown = session.preview.journey() !== null;
      session.preview.subscribe(() => (shown ||= session.preview.journey() !== null));
      await waitFor(() => shown, "the snapshot");
      await waitFor(() => session.preview.journey() === null, "the snapshot's end");
      expect(session.status()).toBe("connecting");
      session.destroy();
    } finally {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      server.close();
    }
  });
});

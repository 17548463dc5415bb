// A network that drops without closing the socket: the page's change goes nowhere and nothing comes back, while
// y-websocket waits 30 s of silence before it reconnects. The page stops saying "online" after a few seconds
// without a word from the server about its change, and says so again once the server has it.
// Both cases wait out the page's seconds of patience, so they run side by side, each with its own server and map.
import "fake-indexeddb/auto";
import { describe, it, type TestContext } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { addStage } from "../../src/doc/ops";
import { openMapSession } from "../../src/sync/session";
import { waitFor } from "./liveServer";
import { restartableServer } from "./restartableServer";

/** The maps whose map room's socket sends nothing: a dropped network that has not closed it. */
const silenced = new Set<string>();
class SilentWebSocket extends NodeWebSocket {
  override send(data: Uint8Array, ...rest: unknown[]): void {
    // The map room is /ws/ID, its comments room /ws/ID/comments.
    const [, , mapId, room] = new URL(this.url).pathname.split("/");
    if (room === undefined && silenced.has(mapId ?? "")) return;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}
const WebSocketPolyfill = SilentWebSocket as unknown as typeof WebSocket;

/**
 * A server with a map and an editor's page that is online on it; both closed when the test ends (the test's own
 * onTestFinished: the global one cannot tell tests that run side by side apart).
 */
async function editorOnline(onTestFinished: TestContext["onTestFinished"]) {
  const cleanups: (() => Promise<void>)[] = [];
  onTestFinished(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  const server = await restartableServer("Funkloch", cleanups);
  const editor = await openMapSession({
    mapId: server.map.id,
    token: server.map.tokens.edit,
    baseUrl: server.baseUrl,
    WebSocketPolyfill,
  });
  // The page closes before its server does.
  cleanups.unshift(async () => {
    editor.destroy();
    silenced.delete(server.map.id);
  });
  await waitFor(() => editor.status() === "online", "editor online");
  return { server, editor };
}

describe.concurrent("a change on a connection that went silent", () => {
  it("stops the page saying online within a few seconds, though the socket looks open", async ({
    expect,
    onTestFinished,
  }) => {
    const { server, editor } = await editorOnline(onTestFinished);
    silenced.add(server.map.id);
    addStage(editor.doc, { name: "Im Funkloch – Größe" });
    const started = Date.now();
    await waitFor(() => editor.status() !== "online", "the page no longer saying online", 8000);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(editor.status()).toBe("reconnecting");
  });

  it("keeps saying online when the server confirms the change", async ({ expect, onTestFinished }) => {
    const { server, editor } = await editorOnline(onTestFinished);
    addStage(editor.doc, { name: "Angekommen – Größe" });
    await server.untilStage("Angekommen – Größe", 5000);
    await new Promise((r) => setTimeout(r, 5000));
    expect(editor.status()).toBe("online");
  });
});

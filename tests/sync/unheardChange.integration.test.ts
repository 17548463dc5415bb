// A network that drops without closing the socket: the page's change goes nowhere and nothing comes back, while
// y-websocket waits 30 s of silence before it reconnects. The page stops saying "online" after a few seconds
// without a word from the server about its change, and says so again once the server has it.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { addStage } from "../../src/doc/ops";
import { waitFor } from "./liveServer";
import { withRestartableServers } from "./restartableServer";

/** While `silent.on`, nothing the map room's socket sends leaves: a dropped network that has not closed it. */
const silent = { on: false };
class SilentWebSocket extends NodeWebSocket {
  override send(data: Uint8Array, ...rest: unknown[]): void {
    if (silent.on && !this.url.includes("/comments")) return;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}
const WebSocketPolyfill = SilentWebSocket as unknown as typeof WebSocket;

const startServer = withRestartableServers(WebSocketPolyfill);
afterEach(() => {
  silent.on = false;
});

async function editorOnline() {
  const server = await startServer("Funkloch");
  const editor = await server.page();
  await waitFor(() => editor.status() === "online", "editor online");
  return { server, editor };
}

describe("a change on a connection that went silent", () => {
  it("stops the page saying online within a few seconds, though the socket looks open", async () => {
    const { editor } = await editorOnline();
    silent.on = true;
    addStage(editor.doc, { name: "Im Funkloch – Größe" });
    const started = Date.now();
    await waitFor(() => editor.status() !== "online", "the page no longer saying online", 8000);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(editor.status()).toBe("reconnecting");
  });

  it("keeps saying online when the server confirms the change", async () => {
    const { server, editor } = await editorOnline();
    addStage(editor.doc, { name: "Angekommen – Größe" });
    await server.untilStage("Angekommen – Größe", 5000);
    await new Promise((r) => setTimeout(r, 5000));
    expect(editor.status()).toBe("online");
  });
});

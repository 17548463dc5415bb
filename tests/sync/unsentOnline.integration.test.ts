// A change an editor makes while online is unsent until the server has stored it: when the link is replaced
// while that change is still on its way (a slow network here: the page's sync messages are held back), the
// page that lost access says where the change is kept, as it does for changes made offline.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { addStage } from "../../src/doc/ops";
import { LINK_REPLACED, UNSENT_KEPT } from "../../src/sync/status";
import { waitFor } from "./liveServer";
import { withRestartableServers } from "./restartableServer";

/** While `slow.on`, the map room's sync messages (changes included) wait; a socket closed meanwhile never sends them. */
const slow = { on: false };
class SlowWebSocket extends NodeWebSocket {
  override send(data: Uint8Array, ...rest: unknown[]): void {
    if (slow.on && !this.url.includes("/comments") && data[0] === 0) return;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}
const WebSocketPolyfill = SlowWebSocket as unknown as typeof WebSocket;

const startServer = withRestartableServers(WebSocketPolyfill);
afterEach(() => {
  slow.on = false;
});

async function editorOnline() {
  const server = await startServer("Unterwegs");
  const { map, baseUrl } = server;
  const editor = await server.page();
  await waitFor(() => editor.status() === "online", "editor online");
  const rotate = async (): Promise<void> => {
    const rotated = await fetch(`${baseUrl}/api/maps/${map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
  };
  return { server, editor, rotate };
}

describe("a change made online that the server has not stored yet", () => {
  it("is named in the access-lost sentence when the link is replaced before it arrives", async () => {
    const { server, editor, rotate } = await editorOnline();
    slow.on = true;
    addStage(editor.doc, { name: "Größe prüfen" });
    await rotate();
    await waitFor(() => editor.accessLost() !== null, "access lost");
    expect(editor.accessLost()).toBe(`${LINK_REPLACED} ${UNSENT_KEPT}`);
    expect((await server.serverJourney()).stages.map((st) => st.name)).not.toContain("Größe prüfen");
  });

  it("is not named once the server has stored it", async () => {
    const { server, editor, rotate } = await editorOnline();
    addStage(editor.doc, { name: "Größe prüfen" });
    // The server has it: its export shows the stage.
    await server.untilStage("Größe prüfen", 5000);
    // And the page has heard so (its receipt came back) before the link goes.
    await new Promise((r) => setTimeout(r, 200));
    await rotate();
    await waitFor(() => editor.accessLost() !== null, "access lost");
    expect(editor.accessLost()).toBe(LINK_REPLACED);
  });
});

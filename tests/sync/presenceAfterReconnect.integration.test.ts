// People who did not move are seen again right after a reconnect, not only after their 15 s renewal: a server
// restart takes everybody off everybody's page, and the states sent again afterwards carry the clocks those pages
// already had, which Awareness used to ignore.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { waitFor } from "./liveServer";
import { restartableServer } from "./restartableServer";

const WebSocketPolyfill = NodeWebSocket as unknown as typeof WebSocket;
const open: MapSession[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.destroy();
  for (const c of cleanups.splice(0)) await c();
});

const names = (s: MapSession): string[] =>
  [...s.awareness.getStates()]
    .filter(([client]) => client !== s.awareness.clientID)
    .map(([, state]) => String((state as { user?: { name?: string } }).user?.name))
    .sort();

describe("presence after the server restarts", () => {
  it("shows an editor and a commenter who did not move to each other within a second of reconnecting", async () => {
    const server = await restartableServer("Neustart", cleanups);
    const { map, baseUrl } = server;
    const session = async (token: string, name: string): Promise<MapSession> => {
      const s = await openMapSession({ mapId: map.id, token, baseUrl, WebSocketPolyfill });
      open.push(s);
      await waitFor(() => s.status() === "online", `${name} online`);
      s.awareness.setLocalState({ user: { name }, cursor: null, selection: [] });
      return s;
    };
    const editor = await session(map.tokens.edit, "Jürgen");
    const commenter = await session(map.tokens.comment, "Ülkü");
    await waitFor(() => names(editor).length === 1 && names(commenter).length === 1, "both see each other");

    await server.stop();
    await waitFor(() => names(editor).length === 0 && names(commenter).length === 0, "nobody left on either page");
    await server.start();
    await waitFor(() => editor.status() === "online" && commenter.status() === "online", "both online again", 10000);
    // Well under the 15 s renewal: nobody moved, yet both are back on both pages.
    await waitFor(() => names(editor).length === 1 && names(commenter).length === 1, "both see each other again", 1500);
    expect(names(editor)).toEqual(["Ülkü"]);
    expect(names(commenter)).toEqual(["Jürgen"]);
  });

  it("shows an editor whose own connection dropped to the others within a second of reconnecting", async () => {
    const server = await restartableServer("Wackelkontakt", cleanups);
    const { map, baseUrl } = server;
    // The editor's sockets, to cut from the client's side (a network that went away and came back).
    const sockets: NodeWebSocket[] = [];
    class Recorded extends NodeWebSocket {
      constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
        super(...args);
        sockets.push(this);
      }
    }
    const session = async (token: string, name: string, polyfill: typeof WebSocket): Promise<MapSession> => {
      const s = await openMapSession({ mapId: map.id, token, baseUrl, WebSocketPolyfill: polyfill });
      open.push(s);
      await waitFor(() => s.status() === "online", `${name} online`);
      s.awareness.setLocalState({ user: { name }, cursor: null, selection: [] });
      return s;
    };
    const editor = await session(map.tokens.edit, "Jürgen", Recorded as unknown as typeof WebSocket);
    const viewer = await session(map.tokens.view, "Ülkü", WebSocketPolyfill);
    await waitFor(() => names(viewer).length === 1, "the viewer sees the editor");

    // The server takes the editor's state off with its last clock plus one; the state the editor sends again on
    // its new connection must be past that, or the server and the viewer ignore it until the 15 s renewal.
    for (const ws of sockets.splice(0)) ws.close();
    await waitFor(() => names(viewer).length === 0, "the editor off the viewer's page");
    await waitFor(() => editor.status() === "online", "the editor online again", 10000);
    await waitFor(() => names(viewer).length === 1, "the viewer sees the editor again", 1500);
    expect(names(viewer)).toEqual(["Jürgen"]);
  });
});

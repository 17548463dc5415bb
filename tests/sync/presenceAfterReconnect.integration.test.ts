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
});

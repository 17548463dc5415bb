// @vitest-environment jsdom
// A browser that keeps an editor's unsent change of a map (its IndexedDB copy, and localStorage's `unsent` on
// pagehide) then opens the map with a view or comment link: that page shows the server's map only. It merges none of
// it, sends none of it and writes none of it away, and the change waits for the next page that may edit.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { waitFor } from "./liveServer";
import { restartableServer } from "./restartableServer";

const WebSocketPolyfill = NodeWebSocket as unknown as typeof WebSocket;

const open: MapSession[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.destroy();
  for (const c of cleanups.splice(0)) await c();
  localStorage.clear();
});

describe("an editor's unsent change kept in the browser", () => {
  it("is neither shown nor sent by a viewer's or commenter's page, and still sent by the next editor's page", async () => {
    const server = await restartableServer("Weg", cleanups);
    const { map, baseUrl } = server;
    const session = async (token: string) => {
      const s = await openMapSession({ mapId: map.id, token, baseUrl, WebSocketPolyfill });
      open.push(s);
      return s;
    };
    const editor = await session(map.tokens.edit);
    await waitFor(() => editor.status() === "online", "the editor online");
    await server.stop();
    await waitFor(() => editor.status() !== "online", "the editor cut off");
    addStage(editor.doc, { name: "Nur im Browser – „Größe“" });
    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
    await new Promise((r) => setTimeout(r, 100));
    editor.destroy();
    open.splice(open.indexOf(editor), 1);
    const left = localStorage.getItem(`outside-in.unsent:${map.id}`);
    expect(left).not.toBeNull();
    await server.start();

    const has = (s: MapSession) => readJourney(s.doc).stages.some((x) => x.name === "Nur im Browser – „Größe“");
    for (const token of [map.tokens.view, map.tokens.comment]) {
      const page = await session(token);
      await waitFor(() => page.status() === "online", "the page online");
      await new Promise((r) => setTimeout(r, 300));
      expect(has(page)).toBe(false);
      window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
      page.destroy();
      open.splice(open.indexOf(page), 1);
    }
    expect((await server.serverJourney()).stages.some((x) => x.name === "Nur im Browser – „Größe“")).toBe(false);
    expect(localStorage.getItem(`outside-in.unsent:${map.id}`)).toBe(left);

    const next = await session(map.tokens.edit);
    await waitFor(() => has(next), "the change on the editor's next page");
    const deadline = Date.now() + 8000;
    while (!(await server.serverJourney()).stages.some((x) => x.name === "Nur im Browser – „Größe“")) {
      if (Date.now() > deadline) throw new Error("the server never got the change");
      await new Promise((r) => setTimeout(r, 50));
    }
  });
});

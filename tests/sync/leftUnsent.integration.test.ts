// @vitest-environment jsdom
// A page that goes with a change the server has not confirmed (offline, or the server down) keeps it twice: in its
// IndexedDB copy, and in localStorage on pagehide, since a write to IndexedDB started as the page goes may be cut
// off with it. Here the copy lost that write altogether: the next visit still has the change and sends it.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { removeLocalCopy } from "../../src/sync/localCopy";
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

describe("a change the server never got when the page went", () => {
  it("is kept beside the copy on pagehide and sent on the next visit, though the copy lost it", async () => {
    const server = await restartableServer("Weg", cleanups);
    const { map, baseUrl } = server;
    const session = async () => {
      const s = await openMapSession({ mapId: map.id, token: map.tokens.edit, baseUrl, WebSocketPolyfill });
      open.push(s);
      return s;
    };
    const page = await session();
    await waitFor(() => page.status() === "online", "the page online");
    await server.stop();
    await waitFor(() => page.status() !== "online", "the page cut off");
    addStage(page.doc, { name: "Beim Schließen – Größe „Ü“" });

    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
    page.destroy();
    open.splice(open.indexOf(page), 1);
    await new Promise((r) => setTimeout(r, 100));
    // The browser cut the copy's last writes off with the page (here: all of them).
    await removeLocalCopy(map.id);

    await server.start();
    const next = await session();
    await waitFor(
      () => readJourney(next.doc).stages.some((s) => s.name === "Beim Schließen – Größe „Ü“"),
      "the change on the next visit",
    );
    const deadline = Date.now() + 8000;
    while (!(await server.serverJourney()).stages.some((s) => s.name === "Beim Schließen – Größe „Ü“")) {
      if (Date.now() > deadline) throw new Error("the server never got the change");
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitFor(() => next.status() === "online", "the next visit online");
    expect(localStorage.getItem(`outside-in.unsent:${map.id}`)).toBeNull();
  });
});

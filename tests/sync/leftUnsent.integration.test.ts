// @vitest-environment jsdom
// A page that goes with a change the server has not confirmed (offline, or the server down) keeps it twice: in its
// IndexedDB copy, and in localStorage on pagehide, since a write to IndexedDB started as the page goes may be cut
// off with it. Here the copy lost that write altogether: the next visit still has the change and sends it.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { removeLocalCopy } from "../../src/sync/localCopy";
import { waitFor } from "./liveServer";
import { withRestartableServers } from "./restartableServer";

const startServer = withRestartableServers();

describe("a change the server never got when the page went", () => {
  it("is kept beside the copy on pagehide and sent on the next visit, though the copy lost it", async () => {
    const server = await startServer("Weg");
    const { map } = server;
    const page = await server.page();
    await waitFor(() => page.status() === "online", "the page online");
    await server.stop();
    await waitFor(() => page.status() !== "online", "the page cut off");
    addStage(page.doc, { name: "Beim Schließen – Größe „Ü“" });

    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
    server.close(page);
    await new Promise((r) => setTimeout(r, 100));
    // The browser cut the copy's last writes off with the page (here: all of them).
    await removeLocalCopy(map.id);

    await server.start();
    const next = await server.page();
    await waitFor(
      () => readJourney(next.doc).stages.some((s) => s.name === "Beim Schließen – Größe „Ü“"),
      "the change on the next visit",
    );
    await server.untilStage("Beim Schließen – Größe „Ü“");
    await waitFor(() => next.status() === "online", "the next visit online");
    expect(localStorage.getItem(`outside-in.unsent:${map.id}`)).toBeNull();
  });
});

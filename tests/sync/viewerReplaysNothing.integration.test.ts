// @vitest-environment jsdom
// A browser that keeps an editor's unsent change of a map (its IndexedDB copy, and localStorage's `unsent` on
// pagehide) then opens the map with a view or comment link: that page shows the server's map only. It merges none of
// it, sends none of it and writes none of it away, and the change waits for the next page that may edit.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import type { MapSession } from "../../src/sync/session";
import { waitFor } from "./liveServer";
import { withRestartableServers } from "./restartableServer";

const startServer = withRestartableServers();

describe("an editor's unsent change kept in the browser", () => {
  it("is neither shown nor sent by a viewer's or commenter's page, and still sent by the next editor's page", async () => {
    const server = await startServer("Weg");
    const { map } = server;
    const editor = await server.page();
    await waitFor(() => editor.status() === "online", "the editor online");
    await server.stop();
    await waitFor(() => editor.status() !== "online", "the editor cut off");
    addStage(editor.doc, { name: "Nur im Browser – „Größe“" });
    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
    await new Promise((r) => setTimeout(r, 100));
    server.close(editor);
    const left = localStorage.getItem(`outside-in.unsent:${map.id}`);
    expect(left).not.toBeNull();
    await server.start();

    const has = (s: MapSession) => readJourney(s.doc).stages.some((x) => x.name === "Nur im Browser – „Größe“");
    for (const token of [map.tokens.view, map.tokens.comment]) {
      const page = await server.page(token);
      await waitFor(() => page.status() === "online", "the page online");
      await new Promise((r) => setTimeout(r, 300));
      expect(has(page)).toBe(false);
      window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
      server.close(page);
    }
    expect(await server.hasStage("Nur im Browser – „Größe“")).toBe(false);
    expect(localStorage.getItem(`outside-in.unsent:${map.id}`)).toBe(left);

    const next = await server.page();
    await waitFor(() => has(next), "the change on the editor's next page");
    await server.untilStage("Nur im Browser – „Größe“");
  });
});

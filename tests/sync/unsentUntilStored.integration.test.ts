// An editor's unsent changes against a real server that is stopped and started again: they count as unsent until
// the server has stored them, not merely until it answered the page's first sync step 1 after a reconnect (the
// page's messages to the server are held back here, as a slow network would), and a local copy holding a change
// the server refuses (4413) tells, in English and German, to export the map as JSON.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { createInstance } from "i18next";
import { readJourney } from "../../src/doc";
import { addCard, addStage } from "../../src/doc/ops";
import { MAX_MESSAGE_BYTES } from "../../src/doc/messageLimit";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { LINK_REPLACED, TOO_LARGE, UNSENT_KEPT, UNSENT_REFUSED } from "../../src/sync/status";
import { sessionMessage } from "../../src/features/presence/sessionMessage";
import { resources } from "../../src/i18n";
import { HoldingWebSocketPolyfill as WebSocketPolyfill, hold } from "./holdingSocket";
import { waitFor } from "./liveServer";
import { restartableServer } from "./restartableServer";

const open: MapSession[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  hold.reset();
  for (const s of open.splice(0)) s.destroy();
  for (const c of cleanups.splice(0)) await c();
});

/** A server that can be stopped and started again, with one map, and an editor's sessions on it. */
async function serverWithMap() {
  const server = await restartableServer("Unterwegs", cleanups);
  const { map, baseUrl } = server;
  return {
    ...server,
    async session(): Promise<MapSession> {
      const s = await openMapSession({ mapId: map.id, token: map.tokens.edit, baseUrl, WebSocketPolyfill });
      open.push(s);
      return s;
    },
    close(s: MapSession): void {
      s.destroy();
      open.splice(open.indexOf(s), 1);
    },
    /** The stage names and the number of cards the server holds. */
    async stored(): Promise<{ stages: string[]; cards: number }> {
      const journey = await server.serverJourney();
      return { stages: journey.stages.map((st) => st.name), cards: journey.cards.length };
    },
    async rotateEditLink(): Promise<void> {
      const rotated = await fetch(`${baseUrl}/api/maps/${map.id}/links/edit/rotate`, {
        method: "POST",
        headers: { Authorization: `Bearer ${map.tokens.owner}` },
      });
      expect(rotated.status).toBe(200);
    },
  };
}

const stageNames = (s: MapSession): string[] => readJourney(s.doc).stages.map((st) => st.name);

/** An editor online, then cut off by the server stopping. */
async function editorCutOff() {
  const t = await serverWithMap();
  const editor = await t.session();
  await waitFor(() => editor.status() === "online", "editor online");
  await t.stop();
  await waitFor(() => editor.status() === "reconnecting", "reconnecting");
  return { t, editor };
}

function german() {
  const i18n = createInstance();
  void i18n.init({ lng: "de", initAsync: false, interpolation: { escapeValue: false }, resources });
  return i18n.t;
}

describe("an editor's changes made while the server was away", () => {
  it("still count as unsent when the server answers the reconnect before it has the pieces sent after it", async () => {
    const { t, editor } = await editorCutOff();
    const { stages, lanes } = readJourney(editor.doc);
    // About 2.3 MiB of cards: the page's answer to the server's sync step 1 goes in several pieces.
    const description = "Ich vergleiche „Größe“, Gebühren und Fußnoten, bevor ich 100 € zahle. ".repeat(60);
    for (let i = 0; i < 600; i++) {
      addCard(editor.doc, {
        stageId: stages[0]!.id,
        laneId: lanes[0]!.id,
        title: `Karte ${i}`,
        description: description.slice(0, 3800),
      });
    }
    const expected = readJourney(editor.doc).cards.length;
    hold.on = true;
    const answered = hold.answers;
    await t.start();
    // The server answered the page's first sync step 1, but the page's pieces are still on the way: it does not
    // say it is online (its changes shared) yet.
    await waitFor(() => hold.answers > answered, "the server's answer to the reconnect", 15000);
    expect(editor.status()).toBe("reconnecting");
    const pieces = [...hold.queues.values()].flat().filter((m) => m[0] === 0 && m[1] === 1);
    expect(pieces.length).toBeGreaterThan(1);
    expect((await t.stored()).cards).toBeLessThan(expected);

    // The link is replaced right then: what was on the way never reaches the server.
    await t.rotateEditLink();
    await waitFor(() => editor.accessLost() !== null, "access lost");
    expect(editor.accessLost()).toBe(`${LINK_REPLACED} ${UNSENT_KEPT}`);
    expect((await t.stored()).cards).toBeLessThan(expected);
    expect(readJourney(editor.doc).cards.length).toBe(expected);
  });

  it("still count as unsent on the next visit, which gets the whole map at once, until the server has them", async () => {
    const { t, editor } = await editorCutOff();
    addStage(editor.doc, { name: "Im Browser behalten" });
    t.close(editor);
    await t.start();
    hold.on = true;
    const before = hold.answers;
    const reloaded = await t.session();
    await waitFor(() => stageNames(reloaded).includes("Im Browser behalten"), "the kept stage");
    await waitFor(() => hold.answers >= before + 2, "the whole map and the answer to the page's first sync step 1");
    // Synced, but the kept stage has not reached the server: the page does not say it is online yet.
    expect(reloaded.status()).not.toBe("online");

    await t.rotateEditLink();
    await waitFor(() => reloaded.accessLost() !== null, "access lost");
    expect(reloaded.accessLost()).toBe(`${LINK_REPLACED} ${UNSENT_KEPT}`);
    expect((await t.stored()).stages).not.toContain("Im Browser behalten");
  });

  it("no longer count as unsent once the server has stored them", async () => {
    const { t, editor } = await editorCutOff();
    addStage(editor.doc, { name: "Unterwegs geschrieben" });
    hold.on = true;
    const answered = hold.answers;
    await t.start();
    await waitFor(() => hold.answers > answered, "the server's answer to the reconnect", 15000);
    // Connected and synced, but the stage is still on its way: not "online" until the server has it.
    expect(editor.status()).toBe("reconnecting");
    expect(hold.queues.size).toBe(1);
    const before = hold.answers;
    hold.release();
    await waitFor(() => hold.answers > before, "the server's answer to the page's sync step 1 sent after the stage");
    await waitFor(() => editor.status() === "online", "online once the server confirmed the stage");
    expect((await t.stored()).stages).toContain("Unterwegs geschrieben");
    // Stored and confirmed before the owner replaces the link.
    await t.rotateEditLink();
    await waitFor(() => editor.accessLost() !== null, "access lost");
    expect(editor.accessLost()).toBe(LINK_REPLACED);
    expect(editor.status()).toBe("offline");
  });
});

describe("a local copy with a change the server refuses as too large", () => {
  it("tells on every visit, in English and German, that nothing is lost and to export the map as JSON", async () => {
    const { t, editor } = await editorCutOff();
    addStage(editor.doc, { name: "Nicht verloren" });
    // One string past the message limit cannot be cut into pieces (the map's own fields are far shorter).
    editor.doc.getMap("oversized").set("text", "ß".repeat(MAX_MESSAGE_BYTES / 2 + 1000));
    t.close(editor);
    await t.start();

    for (const visit of ["first", "second"]) {
      const reloaded = await t.session();
      await waitFor(() => reloaded.accessLost() !== null, `access lost on the ${visit} visit`, 15000);
      expect(reloaded.accessLost()).toBe(`${TOO_LARGE} ${UNSENT_REFUSED}`);
      expect(stageNames(reloaded)).toContain("Nicht verloren");
      t.close(reloaded);
    }

    const inGerman = sessionMessage(`${TOO_LARGE} ${UNSENT_REFUSED}`, german());
    expect(inGerman).toBe(
      "Ihre letzte Änderung war zu groß für den Server und wurde nicht gespeichert. Auch nach dem Neuladen der Seite würde der Server sie wieder ablehnen. " +
        "Nichts, was Sie gemacht haben, geht verloren: Diese Seite und dieser Browser behalten es, aber der Server würde es bei jedem Besuch wieder ablehnen. Exportieren Sie die Map als JSON und importieren Sie sie auf der Startseite, um alles zu behalten.",
    );
  });
});

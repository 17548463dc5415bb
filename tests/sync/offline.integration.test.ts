// An editor's session without its server: opened from the local copy, edits kept across a reload and sent once
// the server is back on the same port and DATA_DIR (in pieces when they are past the server's message limit), and
// a link replaced meanwhile told with what became of them.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket as NodeWebSocket } from "ws";
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { z } from "zod";
import { readJourney } from "../../src/doc";
import { addCard, addStage } from "../../src/doc/ops";
import { startServer } from "../../server/app";
import { localCopyName, openMapSession, type MapSession } from "../../src/sync/session";
import { LINK_REPLACED, UNSENT_EXPORT, UNSENT_KEPT, accessLostMessage } from "../../src/sync/status";
import { MAX_MESSAGE_BYTES } from "../../src/doc/messageLimit";
import { STORED_MAPS_KEY } from "../../src/sync/storedMaps";
import { restartableServer } from "./restartableServer";

const WebSocketPolyfill = NodeWebSocket as unknown as typeof WebSocket;

const open: MapSession[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.destroy();
  for (const c of cleanups.splice(0)) await c();
  vi.unstubAllGlobals();
});

/** Polls `check`, running `refresh` (an async read) before each look. */
async function waitFor(
  check: () => boolean,
  what: string,
  timeoutMs = 8000,
  refresh: () => Promise<void> = async () => {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await refresh();
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
    await refresh();
  }
}

/** A browser's localStorage, which remembers the maps this browser opened (read when the server is away). */
function stubLocalStorage(): void {
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
}

/** A server that can be stopped and started again, with one map this browser remembers, and sessions on it. */
async function serverWithMap() {
  const server = await restartableServer("Offline", cleanups);
  const { map, baseUrl } = server;
  localStorage.setItem(
    STORED_MAPS_KEY,
    JSON.stringify([{ id: map.id, title: "Offline", role: "editor", link: `${baseUrl}/m/${map.id}` }]),
  );
  return {
    ...server,
    async session(token: string): Promise<MapSession> {
      const s = await openMapSession({ mapId: map.id, token, baseUrl, WebSocketPolyfill });
      open.push(s);
      return s;
    },
    async serverStages(): Promise<string[]> {
      return (await server.serverJourney()).stages.map((st) => st.name);
    },
    close(s: MapSession) {
      s.destroy();
      open.splice(open.indexOf(s), 1);
    },
  };
}

/** What a page opening this map without the server finds in the browser. */
async function readLocalCopy(mapId: string): Promise<ReturnType<typeof readJourney>> {
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(localCopyName(mapId), doc);
  await copy.whenSynced;
  await copy.destroy();
  return readJourney(doc);
}

const stageNames = (s: MapSession): string[] => readJourney(s.doc).stages.map((st) => st.name);

/** An editor online, then cut off by the server stopping, with a stage "Not sent yet" made meanwhile. */
async function editorWithUnsentStage() {
  stubLocalStorage();
  const t = await serverWithMap();
  const editor = await t.session(t.map.tokens.edit);
  await waitFor(() => editor.status() === "online", "editor online");
  await t.stop();
  await waitFor(() => editor.status() === "reconnecting", "reconnecting");
  addStage(editor.doc, { name: "Not sent yet" });
  return { t, editor };
}

describe("an editor's session while the server is away", () => {
  it("opens from the local copy saying offline, keeps an edit across a reload and sends it when the server is back", async () => {
    stubLocalStorage();
    const t = await serverWithMap();
    const first = await t.session(t.map.tokens.edit);
    await waitFor(() => first.status() === "online" && readJourney(first.doc).title === "Offline", "first visit");
    let copied = "";
    await waitFor(
      () => copied === "Offline",
      "the map in the local copy",
      8000,
      async () => {
        copied = (await readLocalCopy(t.map.id)).title;
      },
    );
    t.close(first);

    await t.stop();
    const offline = await t.session(t.map.tokens.edit);
    await waitFor(() => readJourney(offline.doc).title === "Offline", "the map from the local copy");
    await waitFor(() => offline.status() === "offline", "the page saying offline");
    addStage(offline.doc, { name: "Written offline" });
    t.close(offline);

    const reloaded = await t.session(t.map.tokens.edit);
    await waitFor(() => stageNames(reloaded).includes("Written offline"), "the edit after a reload");
    expect(reloaded.status()).toBe("offline");

    await t.start();
    await waitFor(() => reloaded.status() === "online", "online once the server is back", 15000);
    const owner = await t.session(t.map.tokens.owner);
    await waitFor(() => stageNames(owner).includes("Written offline"), "the offline edit at another session");
  });

  it("tells an editor whose link was replaced while offline that unsent changes are kept, and sends them with the new link", async () => {
    const { t, editor } = await editorWithUnsentStage();

    // The owner replaces the edit link while this editor cannot reach the server.
    const other = await startServer({ port: 0, host: "127.0.0.1", dataDir: t.dataDir });
    const rotated = await fetch(`http://127.0.0.1:${other.port}/api/maps/${t.map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${t.map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    const { token } = z.object({ token: z.string() }).parse(await rotated.json());
    await other.close();

    await t.start();
    await waitFor(() => editor.accessLost() !== null, "access lost", 15000);
    expect(editor.accessLost()).toBe(`${LINK_REPLACED} ${UNSENT_KEPT}`);
    t.close(editor);

    expect(await t.serverStages()).not.toContain("Not sent yet");
    const again = await t.session(token);
    let stages: string[] = [];
    await waitFor(
      () => stages.includes("Not sent yet"),
      "the kept change on the server",
      8000,
      async () => {
        stages = await t.serverStages();
      },
    );
    expect(again.accessLost()).toBeNull();
  });

  it("tells an editor whose map the server no longer has that unsent changes are on the page, to export, not to ask for a link", async () => {
    const { t, editor } = await editorWithUnsentStage();

    // The server comes back without this map (its data was lost): no link will ever open it again.
    const emptyDir = await mkdtemp(join(tmpdir(), "outside-in-offline-empty-"));
    const empty = await startServer({ port: Number(new URL(t.baseUrl).port), host: "127.0.0.1", dataDir: emptyDir });
    cleanups.push(async () => {
      await empty.close();
      await rm(emptyDir, { recursive: true, force: true });
    });
    await waitFor(() => editor.accessLost() !== null, "access lost", 15000);
    expect(editor.accessLost()).toBe(`${accessLostMessage(4404, true)} ${UNSENT_EXPORT}`);
    // The change is still in the page's document, which the export reads.
    expect(stageNames(editor)).toContain("Not sent yet");
  });

  it("sends offline changes larger than the server's message limit in pieces, so the server and another editor get all of them", async () => {
    stubLocalStorage();
    const t = await serverWithMap();
    const editor = await t.session(t.map.tokens.edit);
    await waitFor(() => editor.status() === "online", "editor online");
    const { stages, lanes } = readJourney(editor.doc);
    await t.stop();
    await waitFor(() => editor.status() === "reconnecting", "reconnecting");
    // About 2.3 MiB of new cards: one sync step 2 holding them all is past the server's 2 MiB.
    const description = "Ich lese jedes Angebot zweimal, bevor ich mich entscheide – „größer“ als 100 €. ".repeat(60);
    for (let i = 0; i < 600; i++) {
      addCard(editor.doc, {
        stageId: stages[0]!.id,
        laneId: lanes[0]!.id,
        title: `Card ${i}`,
        description: description.slice(0, 3800),
      });
    }
    const lacking = Y.encodeStateAsUpdate(editor.doc, Y.encodeStateVector(new Y.Doc()));
    expect(lacking.byteLength).toBeGreaterThan(MAX_MESSAGE_BYTES);
    await t.start();
    const expected = readJourney(editor.doc).cards.length;
    let stored = 0;
    await waitFor(
      () => stored === expected,
      "every card in the server's document",
      15000,
      async () => {
        stored = (await t.serverJourney()).cards.length;
      },
    );
    expect(editor.accessLost()).toBeNull();
    expect(editor.status()).toBe("online");
    const owner = await t.session(t.map.tokens.owner);
    await waitFor(() => readJourney(owner.doc).cards.length === expected, "every card at another session");
    expect(readJourney(owner.doc)).toEqual(readJourney(editor.doc));
  });

  it("says only that the link was replaced when nothing was left unsent", async () => {
    stubLocalStorage();
    const t = await serverWithMap();
    const editor = await t.session(t.map.tokens.edit);
    await waitFor(() => editor.status() === "online", "editor online");
    addStage(editor.doc, { name: "Sent at once" });
    const owner = await t.session(t.map.tokens.owner);
    await waitFor(() => stageNames(owner).includes("Sent at once"), "the edit at the owner");
    const rotated = await fetch(`${t.baseUrl}/api/maps/${t.map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${t.map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    await waitFor(() => editor.accessLost() !== null, "access lost");
    expect(editor.accessLost()).toBe(LINK_REPLACED);
  });
});

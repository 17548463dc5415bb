// A map whose document the server replaced (deleted and made again under the same id, or its database restored from
// another copy) is never merged with what an editor's browser kept of the old one: the server's map opens as it is,
// and the kept copy, with the changes it never sent, is set aside for the page to offer as a journey file.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import { blankJourney, readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { readKeptUpdate, readSetAside } from "../../src/sync/localCopy";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { STORED_MAPS_KEY } from "../../src/sync/storedMaps";
import { restartableServer } from "./restartableServer";
import { replaceMapDocument, storedUpdates } from "./replacedMapServer";

/**
 * A socket that, while `slowServer.on`, hands the page what the server sends only after `slowServer.ms` and tells
 * `slowServer.opened` as soon as the map's socket opens: the page can change the map after its connection opened and before it has
 * read anything of the server (here a change made in that moment is the test's).
 */
const slowServer = { on: false, ms: 300, opened: () => {} };
class SlowServerSocket extends NodeWebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols);
    if (!slowServer.on) return;
    const emit = this.emit.bind(this);
    this.emit = ((event: string, ...args: unknown[]): boolean => {
      if (event === "open" && !url.includes("/comments")) setTimeout(() => slowServer.opened(), 0);
      if (event !== "message") return emit(event, ...args);
      setTimeout(() => emit(event, ...args), slowServer.ms);
      return true;
    }) as typeof this.emit;
  }
}
const WebSocketPolyfill = SlowServerSocket as unknown as typeof WebSocket;

const open: MapSession[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  slowServer.on = false;
  for (const s of open.splice(0)) s.destroy();
  for (const c of cleanups.splice(0)) await c();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stubLocalStorage(): void {
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
}

const stageNames = (s: MapSession): string[] => readJourney(s.doc).stages.map((st) => st.name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup() {
  stubLocalStorage();
  const t = await restartableServer("Alte Karte", cleanups);
  localStorage.setItem(
    STORED_MAPS_KEY,
    JSON.stringify([{ id: t.map.id, title: "Alte Karte", role: "editor", link: `${t.baseUrl}/m/${t.map.id}` }]),
  );
  const session = async (token = t.map.tokens.edit): Promise<MapSession> => {
    const s = await openMapSession({ mapId: t.map.id, token, baseUrl: t.baseUrl, WebSocketPolyfill });
    open.push(s);
    return s;
  };
  const close = (s: MapSession): void => {
    s.destroy();
    open.splice(open.indexOf(s), 1);
  };
  const serverStages = async (): Promise<string[]> => (await t.serverJourney()).stages.map((st) => st.name);
  /** The server comes back with a new document under the map's id, tokens and links. */
  const replaceAndStart = async (): Promise<void> => {
    replaceMapDocument(t.dataDir, t.map.id, {
      ...blankJourney("Neue Karte", "de"),
      stages: [{ id: "neu", name: "Neu" }],
    });
    await t.start();
  };
  return { t, session, close, serverStages, replaceAndStart };
}

describe("a map replaced on the server while this browser kept a copy of the old one", () => {
  it("opens the server's map after a reload without the old copy's stages", async () => {
    const { t, session, close, serverStages, replaceAndStart } = await setup();
    const first = await session();
    await waitFor(() => first.status() === "online", "online");
    addStage(first.doc, { name: "Gesendet" });
    await waitFor(async () => (await serverStages()).includes("Gesendet"), "the sent stage on the server");
    await t.stop();
    await waitFor(() => first.status() !== "online", "offline");
    addStage(first.doc, { name: "Offline gemacht" });
    await sleep(100);
    close(first);

    await replaceAndStart();
    const again = await session();
    await waitFor(() => again.status() === "online", "online");
    expect(again.historyChange()).toBe("copySetAside");
    expect(stageNames(again)).toEqual(["Neu"]);
    await sleep(300);
    expect(await serverStages()).toEqual(["Neu"]);
    // The old copy, with what it never sent, is kept beside the map; the page's new copy holds the server's map only.
    const [kept, ...more] = await readSetAside(t.map.id);
    expect(more).toEqual([]);
    expect(kept?.journey.stages.map((st) => st.name)).toEqual(expect.arrayContaining(["Gesendet", "Offline gemacht"]));
    expect(kept?.journey.title).toBe("Alte Karte");
    close(again);
    const third = await session();
    await waitFor(() => third.status() === "online", "online again");
    expect(third.historyChange()).toBeNull();
    expect(stageNames(third)).toEqual(["Neu"]);
    expect(await readSetAside(t.map.id)).toHaveLength(1);
  });

  it("does not send the old document's changes when the page comes back online", async () => {
    const { t, session, serverStages, replaceAndStart } = await setup();
    const editor = await session();
    await waitFor(() => editor.status() === "online", "online");
    await t.stop();
    await waitFor(() => editor.status() !== "online", "offline");
    addStage(editor.doc, { name: "Offline gemacht" });
    await replaceAndStart();
    await waitFor(() => editor.historyChange() === "mapReplaced", "the page noticing", 15000);
    expect(editor.status()).toBe("offline");
    // The page keeps showing what it had (nothing of the new map mixed in), and sends nothing of it.
    expect(stageNames(editor)).not.toContain("Neu");
    await sleep(300);
    expect(await serverStages()).toEqual(["Neu"]);
    const [kept] = await readSetAside(t.map.id);
    expect(kept?.journey.stages.map((st) => st.name)).toContain("Offline gemacht");
    expect(await readKeptUpdate(t.map.id)).toBeNull();
    // A reload opens the server's map as it is.
    const reloaded = await session();
    await waitFor(() => reloaded.status() === "online", "online after the reload");
    expect(stageNames(reloaded)).toEqual(["Neu"]);
    expect(reloaded.historyChange()).toBeNull();
  });

  it("sends nothing of a change made after the connection opened and before the server's first message", async () => {
    const { t, session, serverStages, replaceAndStart } = await setup();
    const editor = await session();
    await waitFor(() => editor.status() === "online", "online");
    await t.stop();
    await waitFor(() => editor.status() !== "online", "offline");
    let typed = false;
    slowServer.on = true;
    slowServer.opened = () => {
      if (!editor.doc.isDestroyed && !typed) addStage(editor.doc, { name: "Beim Verbinden" });
      typed = true;
    };
    await replaceAndStart();
    await waitFor(() => editor.historyChange() === "mapReplaced", "the page noticing", 15000);
    expect(typed).toBe(true);
    await sleep(300);
    expect(await serverStages()).toEqual(["Neu"]);
    // Not even as a part the new document cannot place (what it refers to is the old map's): nothing was stored.
    expect(storedUpdates(t.dataDir, t.map.id)).toBe(1);
    const [kept] = await readSetAside(t.map.id);
    expect(kept?.journey.stages.map((st) => st.name)).toContain("Beim Verbinden");
  });

  it("stops a viewer's page too, without keeping anything in the browser", async () => {
    const { t, session, replaceAndStart } = await setup();
    const viewer = await session(t.map.tokens.view);
    await waitFor(() => viewer.status() === "online", "online");
    await t.stop();
    await waitFor(() => viewer.status() !== "online", "offline");
    await replaceAndStart();
    await waitFor(() => viewer.historyChange() === "mapReplaced", "the page noticing", 15000);
    expect(stageNames(viewer)).not.toContain("Neu");
    expect(await readSetAside(t.map.id)).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(`outside-in-set-aside:${t.map.id}`);
  });

  it("notices it on a page opened from its copy without the server, once the server is back", async () => {
    const { t, session, close, serverStages, replaceAndStart } = await setup();
    const first = await session();
    await waitFor(() => first.status() === "online", "online");
    await sleep(200);
    close(first);
    await t.stop();
    const offline = await session();
    await waitFor(() => stageNames(offline).length > 0, "the map from the local copy");
    addStage(offline.doc, { name: "Offline gemacht" });
    await replaceAndStart();
    await waitFor(() => offline.historyChange() === "mapReplaced", "the page noticing", 15000);
    await sleep(300);
    expect(await serverStages()).toEqual(["Neu"]);
    expect(stageNames(offline)).not.toContain("Neu");
  });
});

describe("a map opened with changes in this browser's copy that the server lacks", () => {
  it("holds them in the document when the session is handed to the page, before the first frame", async () => {
    const { t, session, close, serverStages } = await setup();
    const first = await session();
    await waitFor(() => first.status() === "online", "online");
    await t.stop();
    await waitFor(() => first.status() !== "online", "offline");
    addStage(first.doc, { name: "Offline gemacht" });
    await sleep(100);
    close(first);
    await t.start();
    const again = await session();
    expect(stageNames(again)).toContain("Offline gemacht");
    expect(again.preview.journey()).toBeNull();
    await waitFor(async () => (await serverStages()).includes("Offline gemacht"), "the change on the server");
    expect(again.historyChange()).toBeNull();
  });
});

describe("a browser whose storage does not answer", () => {
  it("still opens the map, and merges the copy once it is read", async () => {
    const { t, session, close } = await setup();
    const first = await session();
    await waitFor(() => first.status() === "online", "online");
    await t.stop();
    await waitFor(() => first.status() !== "online", "offline");
    addStage(first.doc, { name: "Offline gemacht" });
    await sleep(100);
    close(first);
    await t.start();
    let answer: (names: IDBDatabaseInfo[]) => void = () => {};
    const databases = indexedDB.databases.bind(indexedDB);
    vi.spyOn(indexedDB, "databases").mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const started = Date.now();
    const again = await session();
    expect(Date.now() - started).toBeLessThan(5000);
    await waitFor(() => again.status() === "online", "online");
    expect(stageNames(again)).not.toContain("Offline gemacht");
    answer(await databases());
    await waitFor(() => stageNames(again).includes("Offline gemacht"), "the copy merged once read");
  });
});

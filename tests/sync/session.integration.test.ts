// Two real sessions against a real server on port 0: edits converge, a viewer's edits go nowhere,
// and a replaced link ends the old link's session with a sentence.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { WebSocket as NodeWebSocket } from "ws";
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { readJourney } from "../../src/doc";
import { addStage, setJourneyFields } from "../../src/doc/ops";
import { startServer } from "../../server/app";
import { localCopyName, openMapSession, type MapSession } from "../../src/sync/session";
import { LINK_REPLACED } from "../../src/sync/status";
import { NodeWebSocketPolyfill, createdSchema, withLiveServer, waitFor } from "./liveServer";

const live = withLiveServer();
const { createMap, session } = live;

describe("map sessions against a real server", () => {
  it("learn their role and title, go online, and converge on each other's edits", async () => {
    const map = await createMap();
    const owner = await session(map.id, map.tokens.owner);
    const editor = await session(map.id, map.tokens.edit);
    expect(owner.role).toBe("owner");
    expect(editor.role).toBe("editor");
    expect(editor.title).toBe("T");
    await waitFor(() => owner.status() === "online" && editor.status() === "online", "both online");

    setJourneyFields(owner.doc, { title: "Renamed by the owner" });
    const stageId = addStage(editor.doc, { name: "Discover" });
    await waitFor(
      () =>
        readJourney(editor.doc).title === "Renamed by the owner" &&
        readJourney(owner.doc).stages.some((s) => s.id === stageId),
      "both edits on both sides",
    );
    expect(readJourney(owner.doc)).toEqual(readJourney(editor.doc));
  });

  it("never lets a viewer's edit reach an editor", async () => {
    const map = await createMap();
    const editor = await session(map.id, map.tokens.edit);
    const viewer = await session(map.id, map.tokens.view);
    expect(viewer.role).toBe("viewer");
    await waitFor(() => editor.status() === "online" && viewer.status() === "online", "both online");

    addStage(viewer.doc, { name: "Sneaky" });
    // A later editor change proves the channel works while the viewer's change stays away.
    setJourneyFields(editor.doc, { title: "After the viewer tried" });
    await waitFor(() => readJourney(viewer.doc).title === "After the viewer tried", "editor change at viewer");
    await new Promise((r) => setTimeout(r, 300));
    expect(readJourney(editor.doc).stages.map((s) => s.name)).not.toContain("Sneaky");
  });

  it("keeps the whole map in an editor's local copy, the server's first full state included", async () => {
    const file = readFileSync(join(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");
    const map = await createMap({ file });
    const editor = await session(map.id, map.tokens.edit);
    await waitFor(() => editor.status() === "online", "editor online");
    const served = readJourney(editor.doc);
    expect(served.cards.length).toBeGreaterThan(10);

    // What a page opening this map offline would find in the browser.
    const readCopy = async (): Promise<ReturnType<typeof readJourney>> => {
      const doc = new Y.Doc();
      const copy = new IndexeddbPersistence(localCopyName(map.id), doc);
      await copy.whenSynced;
      await copy.destroy();
      return readJourney(doc);
    };
    let copied = await readCopy();
    const deadline = Date.now() + 5000;
    while (copied.cards.length < served.cards.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      copied = await readCopy();
    }
    expect(copied).toEqual(served);
  });

  it("refuses a wrong token with a sentence before opening anything", async () => {
    const map = await createMap();
    const opening = openMapSession({
      mapId: map.id,
      token: "nope",
      baseUrl: live.baseUrl(),
      WebSocketPolyfill: NodeWebSocketPolyfill,
    });
    await expect(opening).rejects.toThrow("This link is not valid (any more). Ask the map's owner for a new link.");
  });

  it("tells the old link's session that the owner replaced the link", async () => {
    const map = await createMap();
    const editor = await session(map.id, map.tokens.edit);
    await waitFor(() => editor.status() === "online", "editor online");
    const reasons: string[] = [];
    editor.onAccessLost((r) => reasons.push(r));

    const response = await fetch(`${live.baseUrl()}/api/maps/${map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(response.status).toBe(200);
    await waitFor(() => reasons.length > 0, "access lost", 3000);
    expect(reasons).toEqual([LINK_REPLACED]);
    expect(editor.status()).toBe("offline");
    expect(editor.accessLost()).toBe(LINK_REPLACED);
  });

  it("says reconnecting while the server is away, then comes back online and delivers the edit made meanwhile", async () => {
    const ownDir = await mkdtemp(join(tmpdir(), "outside-in-restart-"));
    let own = await startServer({ port: 0, host: "127.0.0.1", dataDir: ownDir });
    const port = own.port;
    const ownUrl = `http://127.0.0.1:${port}`;
    const ownSessions: MapSession[] = [];
    try {
      const response = await fetch(`${ownUrl}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ title: "T" }),
      });
      const map = createdSchema.parse(await response.json());
      const urls: string[] = [];
      class RecordingWebSocket extends NodeWebSocket {
        constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
          urls.push(String(args[0]));
          super(...args);
        }
      }
      const editor = await openMapSession({
        mapId: map.id,
        token: map.tokens.edit,
        baseUrl: ownUrl,
        WebSocketPolyfill: RecordingWebSocket as unknown as typeof WebSocket,
      });
      ownSessions.push(editor);
      const seen: string[] = [];
      editor.onStatus((s) => seen.push(s));
      await waitFor(() => editor.status() === "online", "editor online");

      await own.close();
      await waitFor(() => editor.status() === "reconnecting", "reconnecting");
      setJourneyFields(editor.doc, { title: "Written while the server was away" });

      own = await startServer({ port, host: "127.0.0.1", dataDir: ownDir });
      await waitFor(() => editor.status() === "online", "online again", 10000);
      const owner = await openMapSession({
        mapId: map.id,
        token: map.tokens.owner,
        baseUrl: ownUrl,
        WebSocketPolyfill: NodeWebSocketPolyfill,
      });
      ownSessions.push(owner);
      await waitFor(
        () => readJourney(owner.doc).title === "Written while the server was away",
        "the edit at another session",
      );
      expect(seen).toEqual(["online", "reconnecting", "online"]);
      // The page asked for the whole map at once when it had nothing; reconnecting, it only syncs what changed.
      const [mainFirst, commentsFirst, ...later] = urls;
      expect(mainFirst).toMatch(/\/ws\/[^/?]+\?.*full=1/);
      expect(commentsFirst).toMatch(/\/comments\?.*full=1/);
      expect(later.length).toBeGreaterThanOrEqual(2);
      expect(later.every((u) => !u.includes("full=1"))).toBe(true);
      expect(editor.accessLost()).toBeNull();
    } finally {
      for (const s of ownSessions) s.destroy();
      await own.close();
      await rm(ownDir, { recursive: true, force: true });
    }
  });
});

// Which maps count as changed when they are loaded: those whose log holds updates stored after the map was last
// unloaded (a server killed before it could version them), also right after the log was merged at its row limit;
// not those a server unloaded cleanly.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { loadJourney, readJourney } from "../../src/doc";
import { setJourneyFields } from "../../src/doc/ops";
import { openDb, type Db } from "../../server/store/db";
import { updateLog } from "../../server/store/updates";
import { mapStore } from "../../server/store/maps";
import { saveVersion, versionStore, type VersionStore } from "../../server/store/versions";
import { DocRoom } from "../../server/rooms/docRoom";
import { LIMITS } from "../../server/rooms/limits";
import { Rooms } from "../../server/rooms/registry";

let dir: string;
let db: Db;
let versions: VersionStore;
let now = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-versions-unloaded-"));
  db = openDb(dir);
  now = Date.UTC(2026, 11, 6, 9, 0);
  versions = versionStore(db, () => now);
});
afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const MAP = "map_unloadedmap1";

/** A map as the server creates it: its document in the log and its Created version. */
function createMap(): void {
  const doc = new Y.Doc();
  loadJourney(doc, { id: MAP, title: "Before", stages: [], lanes: [], cards: [], connections: [] });
  mapStore(db).create(MAP, "Before", {
    main: Y.encodeStateAsUpdate(doc),
    comments: Y.encodeStateAsUpdate(new Y.Doc()),
  });
  saveVersion(versions, MAP, doc, { kind: "created" });
  doc.destroy();
}

/** A server that loads the map, lets it be and shuts down: the versions it saved on the way. */
function loadAndShutDown(): string[] {
  const before = versions.list(MAP).length;
  const rooms = new Rooms(updateLog(db), 60_000, () => {}, undefined, undefined, undefined, versions);
  rooms.get(MAP, "main");
  now += 60_000;
  rooms.closeAll(1001, "shutdown");
  return versions
    .list(MAP)
    .slice(0, versions.list(MAP).length - before)
    .map((v) => v.kind);
}

describe("a map's changes left unversioned by a killed server", () => {
  it("count as changed when the log was merged at its row limit just before the kill", () => {
    createMap();
    // The killed server: its document stores every change, and is never unloaded.
    const killed = new DocRoom(MAP, "main", updateLog(db), () => {});
    let n = 0;
    while (killed.rows < LIMITS.compactAfterRows) setJourneyFields(killed.doc, { title: `Edit ${++n}` });
    setJourneyFields(killed.doc, { title: "The last edit" });
    expect(killed.rows).toBeLessThan(LIMITS.compactAfterRows);
    killed.destroy();

    expect(loadAndShutDown()).toEqual(["auto"]);
    const latest = versions.latest(MAP)!;
    expect(versions.json(MAP, latest.id)).toContain('"title": "The last edit"');
  });

  it("do not count when the map was unloaded cleanly", () => {
    createMap();
    const rooms = new Rooms(updateLog(db), 60_000, () => {}, undefined, undefined, undefined, versions);
    setJourneyFields(rooms.get(MAP, "main").doc, { title: "Changed and unloaded" });
    now += 60_000;
    rooms.closeAll(1001, "shutdown");
    expect(versions.list(MAP).map((v) => v.kind)).toEqual(["auto", "created"]);

    expect(loadAndShutDown()).toEqual([]);
    const room = new DocRoom(MAP, "main", updateLog(db), () => {});
    expect(readJourney(room.doc).title).toBe("Changed and unloaded");
    room.destroy();
  });
});

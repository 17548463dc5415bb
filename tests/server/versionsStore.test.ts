// The store of map versions: the upgrade of an earlier database, listing and reading, and which versions are kept.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DB_FILE, openDb, type Db } from "../../server/store/db";
import * as Y from "yjs";
import { KEEP_AUTOMATIC, saveVersion, versionStore } from "../../server/store/versions";
import { loadJourney } from "../../src/doc";
import { parseJourneyText } from "../../src/format";

let dir: string;
let db: Db | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-versions-"));
});
afterEach(async () => {
  db?.close();
  db = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** The tables as the release before versions made them, with one map and its update. */
function earlierDatabase(): void {
  const old = new Database(join(dir, DB_FILE));
  old.exec(`
    CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE tokens (map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, role TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE, PRIMARY KEY (map_id, role));
    CREATE TABLE updates (seq INTEGER PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
      doc TEXT NOT NULL CHECK (doc IN ('main', 'comments')), data BLOB NOT NULL);
    CREATE INDEX updates_of_doc ON updates (map_id, doc);
    CREATE TABLE comment_authors (map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
      comment_id TEXT NOT NULL, reply_id TEXT NOT NULL DEFAULT '', key_hash TEXT NOT NULL,
      PRIMARY KEY (map_id, comment_id, reply_id));
    CREATE TABLE author_names (map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, name_key TEXT NOT NULL,
      key_hash TEXT NOT NULL, PRIMARY KEY (map_id, name_key));
    INSERT INTO maps VALUES ('map_earlier_1', 'Earlier map', 1);
    INSERT INTO tokens VALUES ('map_earlier_1', 'owner', 'hash1');
    INSERT INTO updates (map_id, doc, data) VALUES ('map_earlier_1', 'main', x'0102');
  `);
  old.close();
}

const file = (title: string, cards = 0): { json: string; cards: number } => ({ json: `{"title":"${title}"}`, cards });

describe("version store", () => {
  it("upgrades a database of the release before versions when it opens it, and loses nothing", () => {
    earlierDatabase();
    db = openDb(dir);
    expect(db.prepare("SELECT id, title FROM maps").all()).toEqual([{ id: "map_earlier_1", title: "Earlier map" }]);
    expect(db.prepare("SELECT hex(data) AS d FROM updates").all()).toEqual([{ d: "0102" }]);
    expect(db.prepare("SELECT role FROM tokens").all()).toEqual([{ role: "owner" }]);
    const versions = versionStore(db, () => 1000);
    const saved = versions.add("map_earlier_1", { kind: "named", name: "Kept", ...file("a") });
    expect(versions.list("map_earlier_1")).toEqual([saved]);
  });

  it("lists versions newest first and gives each one's file back as it was stored", () => {
    db = openDb(dir);
    db.prepare("INSERT INTO maps VALUES ('map_one_0001', 'One', 1)").run();
    let now = 1_000;
    const versions = versionStore(db, () => now);
    const created = versions.add("map_one_0001", { kind: "created", ...file("first", 3) });
    now += 60_000;
    const named = versions.add("map_one_0001", {
      kind: "named",
      name: "Before the workshop",
      by: "Anna",
      ...file("x"),
    });
    now += 60_000;
    const before = versions.add("map_one_0001", {
      kind: "beforeRestore",
      name: 'Before restoring "Before the workshop"',
      restored: { id: named.id, createdAt: named.createdAt, name: "Before the workshop" },
      ...file("y"),
    });
    expect(versions.list("map_one_0001").map((v) => v.id)).toEqual([before.id, named.id, created.id]);
    expect(created).toMatchObject({ kind: "created", createdAt: 1_000, cards: 3, bytes: '{"title":"first"}'.length });
    expect(versions.get("map_one_0001", named.id)).toEqual(named);
    expect(named).toMatchObject({ name: "Before the workshop", by: "Anna" });
    expect(versions.get("map_one_0001", before.id)?.restored).toEqual({
      id: named.id,
      createdAt: named.createdAt,
      name: "Before the workshop",
    });
    expect(versions.json("map_one_0001", named.id)).toBe('{"title":"x"}');
    expect(versions.json("other_map_0001", named.id)).toBeUndefined();
    expect(versions.latest("map_one_0001")?.id).toBe(before.id);
    // Stored compressed: a long file takes much less room than its text.
    const long = versions.add("map_one_0001", { kind: "auto", json: "x".repeat(100_000), cards: 0 });
    const stored = db.prepare("SELECT length(data) AS n FROM versions WHERE id = ?").get(long.id) as { n: number };
    expect(stored.n).toBeLessThan(2_000);
    expect(versions.json("map_one_0001", long.id)).toBe("x".repeat(100_000));
  });

  it("keeps every named version and the newest 50 automatic ones of each map", () => {
    db = openDb(dir);
    db.prepare("INSERT INTO maps VALUES ('map_keep_0001', 'Keep', 1)").run();
    db.prepare("INSERT INTO maps VALUES ('map_else_0001', 'Else', 1)").run();
    let now = 0;
    const versions = versionStore(db, () => now);
    const other = versions.add("map_else_0001", { kind: "auto", ...file("other") });
    const kept: string[] = [];
    for (let i = 0; i < 70; i++) {
      now += 600_000;
      const kind = i % 10 === 0 ? "named" : "auto";
      const v = versions.add("map_keep_0001", {
        kind,
        ...(kind === "named" ? { name: `N${i}` } : {}),
        ...file(`v${i}`),
      });
      kept.push(v.id);
    }
    const list = versions.list("map_keep_0001");
    expect(list.filter((v) => v.kind === "auto")).toHaveLength(KEEP_AUTOMATIC);
    expect(list.filter((v) => v.kind === "named").map((v) => v.name)).toEqual([
      "N60",
      "N50",
      "N40",
      "N30",
      "N20",
      "N10",
      "N0",
    ]);
    // The automatic ones left are the newest.
    const autoIds = kept.filter((_, i) => i % 10 !== 0);
    expect(list.filter((v) => v.kind === "auto").map((v) => v.id)).toEqual(autoIds.slice(-KEEP_AUTOMATIC).reverse());
    expect(versions.list("map_else_0001")).toEqual([other]);
  });

  it("deletes a map's versions with the map", () => {
    db = openDb(dir);
    db.prepare("INSERT INTO maps VALUES ('map_gone_0001', 'Gone', 1)").run();
    const versions = versionStore(db);
    versions.add("map_gone_0001", { kind: "created", ...file("g") });
    db.prepare("DELETE FROM maps WHERE id = 'map_gone_0001'").run();
    expect(versions.list("map_gone_0001")).toEqual([]);
  });

  it("saves no version of a map that reads as its latest one with its fields held in another order", () => {
    db = openDb(dir);
    db.prepare("INSERT INTO maps VALUES ('map_same_0001', 'Same', 1)").run();
    const versions = versionStore(db, () => 1000);
    const journey = { id: "map_same_0001", title: "T", stages: [], lanes: [], cards: [], connections: [] };
    const first = new Y.Doc();
    loadJourney(first, journey);
    first.getMap("meta").set("owner", "Anna");
    first.getMap("meta").set("scenario", "Switching plans");
    saveVersion(versions, "map_same_0001", first, { kind: "created" });
    // The same map, its fields set the other way round (as a document loaded again from its log may hold them).
    const again = new Y.Doc();
    loadJourney(again, journey);
    again.getMap("meta").set("scenario", "Switching plans");
    again.getMap("meta").set("owner", "Anna");
    expect(saveVersion(versions, "map_same_0001", again, { kind: "auto" }, true)).toBeUndefined();
    again.getMap("meta").set("owner", "Ben");
    expect(saveVersion(versions, "map_same_0001", again, { kind: "auto" }, true)?.kind).toBe("auto");
    expect(versions.list("map_same_0001").map((v) => v.kind)).toEqual(["auto", "created"]);
  });

  it("stores a journey file that reads back as one", () => {
    db = openDb(dir);
    db.prepare("INSERT INTO maps VALUES ('map_file_0001', 'File', 1)").run();
    const versions = versionStore(db);
    const text = JSON.stringify({
      format: "outside-in.journey",
      version: 1,
      journey: { id: "j", title: "T", stages: [], lanes: [], cards: [], connections: [] },
    });
    const v = versions.add("map_file_0001", { kind: "named", name: "n", json: text, cards: 0 });
    const parsed = parseJourneyText(versions.json("map_file_0001", v.id) ?? "");
    expect(parsed.ok).toBe(true);
  });
});

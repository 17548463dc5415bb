// The SQLite stores on their own: the update log and its compaction, token hashes and rotation, author names.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import Database from "better-sqlite3";
import { DB_FILE, openDb, releaseMemory, type Db } from "../../server/store/db";
import { updateLog } from "../../server/store/updates";
import { mapStore } from "../../server/store/maps";
import { authorStore } from "../../server/store/authors";
import { sha256 } from "../../server/ids";

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-store-"));
  db = openDb(dir);
});
afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const empty = () => Y.encodeStateAsUpdate(new Y.Doc());

describe("update log", () => {
  it("replaces the log by one row holding the whole document, and loads the same document afterwards", () => {
    const maps = mapStore(db);
    const log = updateLog(db);
    maps.create("map_aaaaaaaaaa", "T", { main: empty(), comments: empty() });
    const doc = new Y.Doc();
    doc.on("update", (u: Uint8Array) => log.store("map_aaaaaaaaaa", "main", u));
    for (let i = 0; i < 50; i++) doc.getMap("meta").set(`k${i}`, i);
    expect(log.rows("map_aaaaaaaaaa", "main")).toBe(51);
    log.replace("map_aaaaaaaaaa", "main", Y.encodeStateAsUpdate(doc));
    expect(log.rows("map_aaaaaaaaaa", "main")).toBe(1);
    expect(log.rows("map_aaaaaaaaaa", "comments")).toBe(1);
    const loaded = new Y.Doc();
    const { update } = log.fetch("map_aaaaaaaaaa", "main");
    if (update) Y.applyUpdate(loaded, update);
    expect(loaded.getMap("meta").toJSON()).toEqual(doc.getMap("meta").toJSON());
  });
});

describe("the update log of an earlier version", () => {
  const MAPS = "CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL);";
  // The layouts earlier versions made, and how each numbered an append.
  const EARLIER = {
    // One AUTOINCREMENT number across all maps, and an index by document.
    autoincrement: {
      schema: `${MAPS}
        CREATE TABLE updates (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
          doc TEXT NOT NULL CHECK (doc IN ('main', 'comments')),
          data BLOB NOT NULL
        );
        CREATE INDEX updates_by_doc ON updates (map_id, doc, seq);`,
      insert: "INSERT INTO updates (map_id, doc, data) VALUES (@id, 'main', @data)",
    },
    // Clustered by (map, document, number), each document numbered from 1.
    clustered: {
      schema: `${MAPS}
        CREATE TABLE updates (
          map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
          doc TEXT NOT NULL CHECK (doc IN ('main', 'comments')),
          seq INTEGER NOT NULL,
          data BLOB NOT NULL,
          PRIMARY KEY (map_id, doc, seq)
        ) WITHOUT ROWID;`,
      insert: `INSERT INTO updates (map_id, doc, seq, data) VALUES (@id, 'main',
        (SELECT IFNULL(MAX(seq), 0) + 1 FROM updates WHERE map_id = @id AND doc = 'main'), @data)`,
    },
  };

  it.each(Object.entries(EARLIER))(
    "in the %s layout is moved over on opening, every update kept in its order, and appends go on",
    async (_, earlier) => {
      const oldDir = await mkdtemp(join(tmpdir(), "outside-in-store-old-"));
      try {
        const docs = { map_bbbbbbbbbb: new Y.Doc(), map_aaaaaaaaaa: new Y.Doc() };
        const old = new Database(join(oldDir, DB_FILE));
        old.exec(earlier.schema);
        const insert = old.prepare(earlier.insert);
        let store = (id: string, u: Uint8Array): unknown => insert.run({ id, data: Buffer.from(u) });
        for (const [id, doc] of Object.entries(docs)) {
          old.prepare("INSERT INTO maps VALUES (?, 'T', 0)").run(id);
          doc.on("update", (u: Uint8Array) => store(id, u));
        }
        // Interleaved, and each depends on the one before: loaded out of order they would stay pending.
        for (let i = 0; i < 20; i++) {
          const text = (i % 2 ? docs.map_aaaaaaaaaa : docs.map_bbbbbbbbbb).getText("t");
          text.insert(text.length, String(i % 10));
        }
        old.close();

        const moved = openDb(oldDir);
        try {
          const layout = moved
            .prepare("SELECT name, sql FROM sqlite_master WHERE tbl_name LIKE 'updates%' ORDER BY name")
            .all();
          expect(layout).toEqual([
            { name: "updates", sql: expect.stringMatching(/seq INTEGER PRIMARY KEY,/) },
            { name: "updates_of_doc", sql: expect.stringMatching(/ON updates \(map_id, doc\)/) },
          ]);
          const log = updateLog(moved);
          expect(log.rows("map_aaaaaaaaaa", "main")).toBe(10);
          store = (id, u) => log.store(id, "main", u);
          docs.map_aaaaaaaaaa.getText("t").insert(0, "!");
          docs.map_bbbbbbbbbb.getText("t").insert(0, "?");
          for (const [id, doc] of Object.entries(docs)) {
            const loaded = new Y.Doc();
            const { update } = log.fetch(id, "main");
            if (update) Y.applyUpdate(loaded, update);
            expect(loaded.getText("t").toString()).toBe(doc.getText("t").toString());
          }
          expect(docs.map_aaaaaaaaaa.getText("t").toString()).toBe("!1357913579");
          expect(docs.map_bbbbbbbbbb.getText("t").toString()).toBe("?0246802468");
          expect(moved.pragma("integrity_check", { simple: true })).toBe("ok");
        } finally {
          moved.close();
        }
      } finally {
        await rm(oldDir, { recursive: true, force: true });
      }
    },
  );
});

describe("maps and tokens", () => {
  it("grants each token its role, keeps only hashes and invalidates a rotated token", () => {
    const maps = mapStore(db);
    const tokens = maps.create("map_bbbbbbbbbb", "T", { main: empty(), comments: empty() });
    expect(maps.roleOf("map_bbbbbbbbbb", tokens.edit)).toBe("editor");
    expect(maps.roleOf("map_bbbbbbbbbb", tokens.view)).toBe("viewer");
    expect(maps.roleOf("map_cccccccccc", tokens.owner)).toBeUndefined();
    const stored = db.prepare("SELECT hash FROM tokens").all() as { hash: string }[];
    expect(stored.map((r) => r.hash).sort()).toEqual(Object.values(tokens).map(sha256).sort());
    const { token, oldHash } = maps.rotate("map_bbbbbbbbbb", "comment");
    expect(oldHash).toBe(sha256(tokens.comment));
    expect(maps.roleOf("map_bbbbbbbbbb", tokens.comment)).toBeUndefined();
    expect(maps.roleOf("map_bbbbbbbbbb", token)).toBe("commenter");
  });
});

describe("author names", () => {
  it("lets a name belong to one author key per map, ignoring case and spaces", () => {
    const maps = mapStore(db);
    maps.create("map_dddddddddd", "T", { main: empty(), comments: empty() });
    maps.create("map_eeeeeeeeee", "T", { main: empty(), comments: empty() });
    const authors = authorStore(db);
    expect(authors.claimName("map_dddddddddd", "Anna", "key-1")).toBe(true);
    expect(authors.claimName("map_dddddddddd", " anna ", "key-1")).toBe(true);
    expect(authors.claimName("map_dddddddddd", "ANNA", "key-2")).toBe(false);
    expect(authors.claimName("map_eeeeeeeeee", "Anna", "key-2")).toBe(true);
  });
});

describe("giving memory back when idle", () => {
  const walBytes = () => statSync(join(dir, `${DB_FILE}-wal`)).size;
  const fill = (mapId: string) => {
    mapStore(db).create(mapId, "T", { main: empty(), comments: empty() });
    const log = updateLog(db);
    const doc = new Y.Doc();
    doc.on("update", (u: Uint8Array) => log.store(mapId, "main", u));
    for (let i = 0; i < 40; i++) doc.getMap("meta").set(`k${i}`, "x".repeat(2000));
    return doc;
  };

  it("checkpoints the write-ahead log into the database and cuts it to nothing, losing no update", () => {
    const doc = fill("map_ffffffffff");
    expect(walBytes()).toBeGreaterThan(0);
    expect(releaseMemory(db)).toBe(true);
    expect(walBytes()).toBe(0);
    db.close();
    db = openDb(dir);
    const loaded = new Y.Doc();
    const { update } = updateLog(db).fetch("map_ffffffffff", "main");
    if (update) Y.applyUpdate(loaded, update);
    expect(loaded.getMap("meta").toJSON()).toEqual(doc.getMap("meta").toJSON());
  });

  it("leaves the log as it is, at once, while another connection reads, and keeps the busy timeout", () => {
    fill("map_gggggggggg");
    const before = walBytes();
    const reader = new Database(join(dir, DB_FILE), { readonly: true });
    try {
      reader.exec("BEGIN");
      reader.prepare("SELECT COUNT(*) FROM updates").get();
      const started = performance.now();
      expect(releaseMemory(db)).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(walBytes()).toBe(before);
      expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
      reader.exec("COMMIT");
    } finally {
      reader.close();
    }
    expect(releaseMemory(db)).toBe(true);
    expect(walBytes()).toBe(0);
  });
});

// Opens the SQLite database under DATA_DIR and creates the tables: maps, tokens, the update log, comment authors and
// the maps' versions. A database of an earlier version gets the tables it lacks when it is opened.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export type Db = Database.Database;

export const DB_FILE = "outside-in.sqlite";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  PRIMARY KEY (map_id, role)
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  doc TEXT NOT NULL CHECK (doc IN ('main', 'comments')),
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_of_doc ON updates (map_id, doc);
CREATE TABLE IF NOT EXISTS comment_authors (
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  comment_id TEXT NOT NULL,
  reply_id TEXT NOT NULL DEFAULT '',
  key_hash TEXT NOT NULL,
  PRIMARY KEY (map_id, comment_id, reply_id)
);
CREATE TABLE IF NOT EXISTS versions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('created', 'auto', 'named', 'beforeRestore')),
  name TEXT,
  saved_by TEXT,
  cards INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  restored TEXT,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_of_map ON versions (map_id, created_at);
CREATE TABLE IF NOT EXISTS author_names (
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  name_key TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  PRIMARY KEY (map_id, name_key)
);
`;

export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma("journal_mode = WAL");
  // FULL: a commit is on disk before the update it holds is shown to anyone else (kill -9 loses nothing seen).
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.transaction(() => {
    const earlier = hasEarlierLog(db);
    if (earlier) db.exec("ALTER TABLE updates RENAME TO updates_earlier");
    db.exec(SCHEMA);
    if (earlier) {
      db.exec(`INSERT INTO updates (map_id, doc, data)
                 SELECT map_id, doc, data FROM updates_earlier ORDER BY map_id, doc, seq;
               DROP TABLE updates_earlier;`);
    }
  })();
  return db;
}

/**
 * Whether the update log is in a layout earlier versions made, which openDb moves over to SCHEMA's (numbered by
 * SQLite's row id in the order the updates arrived, with an index by document). One had an AUTOINCREMENT number,
 * whose counter is one more page per append. One was clustered by (map, document, number) WITHOUT ROWID, which
 * is slow with large rows: a map's first update holds the whole map and overflows its page, and every append,
 * finding its place among the keys, read those overflow pages from the file again.
 */
function hasEarlierLog(db: Db): boolean {
  const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'updates'").get() as
    { sql: string } | undefined;
  return table !== undefined && /WITHOUT ROWID|AUTOINCREMENT/i.test(table.sql);
}

/**
 * Gives back what SQLite holds for speed, for when the server has nothing open (server/idleMemory.ts): the page
 * cache of this connection (PRAGMA shrink_memory; up to 16 MB as better-sqlite3 builds SQLite, about 6 MB after
 * the hardening soak), handed to the allocator, and the write-ahead log, copied into the database file and cut
 * to zero bytes (wal_checkpoint(TRUNCATE); the database file is synced before the log is cut, so nothing
 * committed is lost). A checkpoint that would have to wait for another connection (a backup, a reader) is skipped
 * rather than blocking the event loop for busy_timeout; the log is then left as it is, to be checkpointed later.
 * Returns whether the log was truncated.
 */
export function releaseMemory(db: Db): boolean {
  db.pragma("shrink_memory");
  const timeout = Number(db.pragma("busy_timeout", { simple: true }));
  db.pragma("busy_timeout = 0");
  try {
    const [result] = db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number }[];
    return result?.busy === 0;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

// The update log of each document (persistence as fetch and store, like hocuspocus), with compaction.
import * as Y from "yjs";
import type { Db } from "./db";

export type DocName = "main" | "comments";

export interface UpdateLog {
  /** Every stored update of a document, merged into one (undefined when there is none). */
  fetch(mapId: string, doc: DocName): { update: Uint8Array | undefined; rows: number; bytes: number };
  /** Appends one update; returns when it is committed to disk. */
  store(mapId: string, doc: DocName, update: Uint8Array): void;
  /**
   * Replaces the log of a document by one update that holds all of it, in one transaction: the document's own
   * state (server/rooms/docRoom.ts), in which deleted content is gone, as it is not from a merge of the rows.
   */
  replace(mapId: string, doc: DocName, whole: Uint8Array): void;
  rows(mapId: string, doc: DocName): number;
}

/**
 * Appends one update to the log of a document. Its number is SQLite's row id, one past the largest in the log,
 * so each document's updates read back in the order they arrived (server/store/db.ts).
 */
export function appender(db: Db): (mapId: string, doc: DocName, update: Uint8Array) => void {
  const insert = db.prepare<{ mapId: string; doc: DocName; data: Buffer }>(
    "INSERT INTO updates (map_id, doc, data) VALUES (@mapId, @doc, @data)",
  );
  return (mapId, doc, update) => void insert.run({ mapId, doc, data: Buffer.from(update) });
}

export function updateLog(db: Db): UpdateLog {
  const select = db.prepare<[string, string], { data: Buffer }>(
    "SELECT data FROM updates WHERE map_id = ? AND doc = ? ORDER BY seq",
  );
  const insert = appender(db);
  const remove = db.prepare("DELETE FROM updates WHERE map_id = ? AND doc = ?");
  const count = db.prepare<[string, string], { n: number }>(
    "SELECT COUNT(*) AS n FROM updates WHERE map_id = ? AND doc = ?",
  );

  const fetch = (mapId: string, doc: DocName) => {
    const rows = select.all(mapId, doc).map((r) => new Uint8Array(r.data));
    const bytes = rows.reduce((sum, r) => sum + r.byteLength, 0);
    if (rows.length === 0) return { update: undefined, rows: 0, bytes };
    return { update: rows.length === 1 ? rows[0] : Y.mergeUpdates(rows), rows: rows.length, bytes };
  };

  const replace = db.transaction((mapId: string, doc: DocName, whole: Uint8Array) => {
    remove.run(mapId, doc);
    insert(mapId, doc, whole);
  });

  return {
    fetch,
    store: (mapId, doc, update) => insert(mapId, doc, update),
    replace: (mapId, doc, whole) => replace(mapId, doc, whole),
    rows: (mapId, doc) => count.get(mapId, doc)?.n ?? 0,
  };
}

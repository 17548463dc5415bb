// Replaces a map's document on a stopped server under the same id and tokens, as a map deleted and made again, or a
// database restored from another copy, would leave it (the HTTP API has no way to do that): tests only.
import Database from "better-sqlite3";
import { join } from "node:path";
import * as Y from "yjs";
import { loadJourney, type Journey } from "../../src/doc";
import { DB_FILE } from "../../server/store/db";

/** Writes `journey` as a new document (a history of its own) in place of the map's, in the DATA_DIR of a stopped server. */
export function replaceMapDocument(dataDir: string, mapId: string, journey: Journey): void {
  const doc = new Y.Doc();
  loadJourney(doc, { ...journey, id: mapId });
  const db = new Database(join(dataDir, DB_FILE));
  try {
    db.transaction(() => {
      db.prepare("DELETE FROM updates WHERE map_id = ? AND doc = 'main'").run(mapId);
      db.prepare("INSERT INTO updates (map_id, doc, data) VALUES (?, 'main', ?)").run(
        mapId,
        Buffer.from(Y.encodeStateAsUpdate(doc)),
      );
      db.prepare("UPDATE maps SET title = ? WHERE id = ?").run(journey.title, mapId);
    })();
  } finally {
    db.close();
    doc.destroy();
  }
}

/** How many updates the server stored for the map's document (one after replaceMapDocument, until someone writes). */
export function storedUpdates(dataDir: string, mapId: string): number {
  const db = new Database(join(dataDir, DB_FILE), { readonly: true });
  try {
    const row = db.prepare("SELECT COUNT(*) AS n FROM updates WHERE map_id = ? AND doc = 'main'").get(mapId) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

// The worker thread of server/store/commits.ts: appends batches of update rows, one transaction per batch, on its
// own connection with synchronous=FULL, and answers only once the batch is on disk (null, or the error's text).
// Plain JavaScript, so it starts the same under tsx, vitest and `node` without a loader in the thread.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.file);
// The same settings as server/store/db.ts (journal_mode=WAL is kept in the file itself).
db.pragma("synchronous = FULL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
const insert = db.prepare("INSERT INTO updates (map_id, doc, data) VALUES (?, ?, ?)");
const commit = db.transaction((rows) => {
  for (const [mapId, doc, data] of rows)
    insert.run(mapId, doc, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
});

parentPort.on("message", (rows) => {
  if (rows === null) {
    db.close();
    parentPort.close();
    return;
  }
  try {
    commit(rows);
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(String(error));
  }
});

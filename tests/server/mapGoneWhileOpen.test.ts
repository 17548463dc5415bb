// A map deleted from the database while people have it open (by hand: an operator removing it on request). The next
// change cannot be stored: every page on the map is told the map is gone (4404), which makes a page offer its copy
// as a journey file, instead of the writer being told its message was unreadable (4400, "reload") and the others
// staying "online" on a map that no longer takes anything.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { join } from "node:path";
import { DB_FILE } from "../../server/store/db";
import { api, createMap, synced, startTestServer, waitFor, type Created, clientsOf } from "./helpers";
import type { TestServer } from "./helpers";

let t: TestServer;
let map: Created;
const clients = clientsOf(() => t);
const open = clients.open;

beforeEach(async () => {
  t = await startTestServer();
  map = await createMap(t.url, { title: "Löschantrag" });
});
afterEach(async () => {
  clients.closeAll();
  await t.stop();
});

function deleteMapByHand(id: string): void {
  const db = new Database(join(t.dataDir, DB_FILE));
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    expect(db.prepare("DELETE FROM maps WHERE id = ?").run(id).changes).toBe(1);
  } finally {
    db.close();
  }
}

describe("a map deleted from the database while it is open", () => {
  it("tells every page on it that the map is gone at the next change, and keeps nothing of that change", async () => {
    const writer = open(map.id, map.tokens.edit);
    const reader = open(map.id, map.tokens.owner);
    const comments = open(`${map.id}/comments`, map.tokens.view);
    await Promise.all([synced(writer), synced(reader), synced(comments)]);

    deleteMapByHand(map.id);
    writer.doc.getMap("meta").set("title", "Nach dem Löschen – Größe");

    await waitFor(
      () => [writer, reader, comments].every((c) => c.closes.length > 0),
      5000,
      "every page told the map is gone",
    );
    expect(writer.closes[0]).toBe(4404);
    expect(reader.closes[0]).toBe(4404);
    expect(comments.closes[0]).toBe(4404);
    expect(reader.doc.getMap("meta").get("title")).toBe("Löschantrag");
    expect((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.owner })).status).toBe(404);
  });
});

// GET /api/maps/:id answers with the map's current title without loading its document when nobody has it open:
// the title is kept beside the map when its document loads and unloads. A start page that asks for the titles of
// its twenty maps then loads none of them.
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setJourneyFields } from "../../src/doc/ops";
import { DB_FILE } from "../../server/store/db";
import { api, connect, createMap, synced, startTestServer, type Created, type TestServer } from "./helpers";

let t: TestServer;
let map: Created;
beforeEach(async () => {
  t = await startTestServer({ idleMs: 150 });
  map = await createMap(t.url, { title: "Schaden melden" });
});
afterEach(async () => {
  await t.stop();
});

const titleOf = async (): Promise<unknown> =>
  ((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.view })).body as { title: string }).title;

describe("a map's title over HTTP", () => {
  it("is the live title while the map is open and the last one once it is closed, read without loading it", async () => {
    const editor = connect(t.wsUrl, map.id, map.tokens.edit);
    await synced(editor);
    setJourneyFields(editor.doc, { title: "Kfz-Schaden „Blechschaden“ – 500 €" });
    await expect.poll(titleOf, { timeout: 5000 }).toBe("Kfz-Schaden „Blechschaden“ – 500 €");
    editor.destroy();
    // Once the document has unloaded, its log is emptied behind the server's back: an answer read from the
    // document would now be a map without a title; the kept title is still there.
    await new Promise((r) => setTimeout(r, 600));
    const db = new Database(join(t.dataDir, DB_FILE));
    db.prepare("DELETE FROM updates WHERE map_id = ?").run(map.id);
    db.close();
    expect(await titleOf()).toBe("Kfz-Schaden „Blechschaden“ – 500 €");
  });

  it("is kept beside the map as soon as it changes, so a crash (which unloads nothing) leaves the latest", async () => {
    const editor = connect(t.wsUrl, map.id, map.tokens.edit);
    await synced(editor);
    const kept = (): unknown => {
      const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
      try {
        return (db.prepare("SELECT title FROM maps WHERE id = ?").get(map.id) as { title: string }).title;
      } finally {
        db.close();
      }
    };
    setJourneyFields(editor.doc, { title: "Glasbruch – Größe „M“" });
    await expect.poll(kept, { timeout: 5000 }).toBe("Glasbruch – Größe „M“");
    setJourneyFields(editor.doc, { title: "Glasbruch" });
    await expect.poll(kept, { timeout: 5000 }).toBe("Glasbruch");
    editor.destroy();
  });

  it("is kept across a restart", async () => {
    const editor = connect(t.wsUrl, map.id, map.tokens.owner);
    await synced(editor);
    setJourneyFields(editor.doc, { title: "Ölwechsel" });
    await expect.poll(titleOf, { timeout: 5000 }).toBe("Ölwechsel");
    editor.destroy();
    await t.restart();
    expect(await titleOf()).toBe("Ölwechsel");
  });
});

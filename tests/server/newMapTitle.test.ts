// POST /api/maps with { title }: a title of invisible characters only (a zero-width space, a soft hyphen) is refused
// as empty, as a journey file's title is, and nothing is stored; German typography and spaces around are fine.
import { join } from "node:path";
import Database from "better-sqlite3";
import { DB_FILE } from "../../server/store/db";
import { api, createdSchema, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

function storedMaps(): number {
  const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM maps").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const post = (body: unknown) => api(t.url, "/api/maps", { method: "POST", body });

describe("POST /api/maps with a new map's title", () => {
  it.each([["\u200B"], ["\u00AD\u200B "], ["\uFEFF"]])(
    "refuses the invisible title %j as empty, from a template too, and stores nothing",
    async (title) => {
      const before = storedMaps();
      for (const body of [{ title }, { title, template: "motor-claim", language: "de" }]) {
        const res = await post(body);
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          error: "Send a journey file, or { title, template?, language? } to start a new map.",
          issues: [{ path: "title", message: "must not be empty" }],
        });
      }
      expect(storedMaps()).toBe(before);
    },
  );

  it("keeps a German title as written, without the spaces around it", async () => {
    const res = await post({ title: "  Kundenreise „Schaden“ – Größe 5 €  ", language: "de" });
    expect(res.status).toBe(201);
    const created = createdSchema.parse(res.body);
    const read = await api(t.url, `/api/maps/${created.id}`, { token: created.tokens.owner });
    expect(read.body).toEqual({ id: created.id, title: "Kundenreise „Schaden“ – Größe 5 €", role: "owner" });
  });
});

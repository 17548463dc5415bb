// Broken copies of the audit's journey files posted to POST /api/maps: each is refused with 400, a sentence and the
// same problems `validate` names (path and message), and nothing is stored.
import { join } from "node:path";
import Database from "better-sqlite3";
import { DB_FILE } from "../../server/store/db";
import { api, startTestServer, type TestServer } from "../server/helpers";
import { BREAKAGES } from "./unseenBreakages";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

/** Rows in the store: maps, their tokens and their documents' updates. */
function stored(): { maps: number; tokens: number; updates: number } {
  const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { maps: count("maps"), tokens: count("tokens"), updates: count("updates") };
  } finally {
    db.close();
  }
}

/** `journey.cards[3].title: must be a string` -> { path, message } */
function issueOf(line: string): { path: string; message: string } {
  const at = line.indexOf(": ");
  return { path: line.slice(0, at), message: line.slice(at + 2) };
}

describe("POST /api/maps with a broken copy of an audit file", () => {
  it.each(BREAKAGES.map((b) => [`${b.fixture}: ${b.name}`, b] as const))(
    "refuses %s with 400, the problems by path, and stores nothing",
    async (_, breakage) => {
      const before = stored();
      const res = await api(t.url, "/api/maps", { method: "POST", body: breakage.text });
      expect(res.status).toBe(400);
      const body = res.body as { error: string; issues: { path: string; message: string }[] };
      if (breakage.refusal !== undefined) {
        expect(body.error).toBe(breakage.refusal);
        expect(body.issues.length).toBeGreaterThan(0);
      } else {
        const n = breakage.problems.length;
        expect(body.error).toBe(`This file is not a valid Outside-In journey: ${n} problem${n === 1 ? "" : "s"}.`);
        expect(body.issues).toEqual(breakage.problems.map(issueOf));
      }
      expect(stored()).toEqual(before);
    },
  );
});

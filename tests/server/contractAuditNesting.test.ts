// POST /api/maps with unknown fields nested deeply: as deep as a map keeps one, every field comes back in the JSON
// export; one level deeper is refused with 400 and the paths, and thousands of levels with 400, never a 500; a refused
// file stores nothing (contract: unknown fields are kept on round trip, a file that fails changes nothing).
import { join } from "node:path";
import Database from "better-sqlite3";
import { DB_FILE } from "../../server/store/db";
import { MAX_JSON_DEPTH } from "../../src/format/nesting";
import { PLACES, fileWith, nested } from "../fixtures/audit/deepFields";
import { api, createdSchema, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

function stored(): { maps: number; tokens: number; updates: number } {
  const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { maps: count("maps"), tokens: count("tokens"), updates: count("updates") };
  } finally {
    db.close();
  }
}

/** The value at a path such as `journey.cards[0].measurement.observations[0].xObs`. */
function at(value: unknown, path: string): unknown {
  return path
    .split(/\.|(?=\[)/)
    .reduce<unknown>(
      (v, step) =>
        (v as Record<string, unknown> | undefined)?.[step.startsWith("[") ? Number(step.slice(1, -1)) : step],
      value,
    );
}

describe("POST /api/maps with deeply nested unknown fields", () => {
  it("keeps every unknown field nested as deep as a map keeps one through the JSON export", async () => {
    const res = await api(t.url, "/api/maps", { method: "POST", body: fileWith(nested(MAX_JSON_DEPTH)) });
    expect(res.status).toBe(201);
    const { id, tokens } = createdSchema.parse(res.body);
    const exported = await api(t.url, `/api/maps/${id}/export?format=json`, { token: tokens.view });
    expect(exported.status).toBe(200);
    const expected = JSON.parse(nested(MAX_JSON_DEPTH)) as unknown;
    // The file's own top-level fields are not a map's (README): every field of the journey and its records is.
    for (const path of PLACES.filter((p) => p.startsWith("journey."))) {
      expect({ path, value: at(exported.body, path) }).toEqual({ path, value: expected });
    }
  });

  it("refuses one level deeper with 400 and every path, and stores nothing", async () => {
    const before = stored();
    const res = await api(t.url, "/api/maps", { method: "POST", body: fileWith(nested(MAX_JSON_DEPTH + 1)) });
    expect(res.status).toBe(400);
    const body = res.body as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe(`This file is not a valid Outside-In journey: ${PLACES.length} problems.`);
    expect(body.issues.map((i) => i.path).sort()).toEqual([...PLACES].sort());
    expect(new Set(body.issues.map((i) => i.message))).toEqual(
      new Set([`is nested more than ${MAX_JSON_DEPTH} levels deep, deeper than a map keeps an unknown field`]),
    );
    expect(stored()).toEqual(before);
  });

  it("refuses unknown fields a thousand to thousands of levels deep with 400 and an issue, never a server error", async () => {
    // Before, 1,000 and 2,000 levels were stored and dropped, and past some 2,500 (once the server had read a few
    // deep bodies) copying the journey into its document overflowed the stack: 500.
    const before = stored();
    for (const levels of [1000, 2000, 3000, 4000, 6000]) {
      const res = await api(t.url, "/api/maps", { method: "POST", body: fileWith(nested(levels)) });
      const body = res.body as { error: string; issues: { path: string; message: string }[] };
      expect({ levels, status: res.status }).toEqual({ levels, status: 400 });
      expect(body.error).toMatch(/^This file is (not a valid Outside-In journey|nested too deeply)/);
      expect(body.issues.length).toBeGreaterThan(0);
    }
    expect(stored()).toEqual(before);
  });
});

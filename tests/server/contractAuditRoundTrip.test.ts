// The contract audit's valid journey files (tests/fixtures/audit/valid) through the HTTP API: each is created by
// POST /api/maps, read by GET with every role, and its JSON export is the same document (the journey's id is the
// map's, and the file's own top-level fields are not a map's: README) with every unknown field, and reads back in.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { comparable, type Comparable } from "../audit/sameJourney";
import { api, createMap, startTestServer, type TestServer } from "./helpers";

const VALID = fileURLToPath(new URL("../fixtures/audit/valid/", import.meta.url));
const NAMES = readdirSync(VALID)
  .filter((f) => f.endsWith(".json"))
  .sort();
const ROLE_OF = { owner: "owner", edit: "editor", comment: "commenter", view: "viewer" } as const;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

/**
 * The same document whatever order its comments come in: a map keeps its threads in a Yjs map, not a list, and lists
 * them by when they were written (the order itself is tested below).
 */
function same(text: string): Comparable {
  const c = comparable(text, { withoutId: true, withoutFileExtras: true });
  const comments = (c.journey["comments"] ?? []) as { id: string }[];
  c.journey["comments"] = [...comments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return c;
}

async function exported(id: string, token: string): Promise<string> {
  const res = await fetch(`${t.url}/api/maps/${id}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe("the audit's valid journey files through the HTTP API", () => {
  it.each(NAMES)("creates %s, reads it with every role and exports it as the same document", async (name) => {
    const text = readFileSync(join(VALID, name), "utf8");
    const title = (JSON.parse(text) as { journey: { title: string } }).journey.title;
    const created = await createMap(t.url, text);
    for (const [link, role] of Object.entries(ROLE_OF)) {
      const res = await api(t.url, `/api/maps/${created.id}`, { token: created.tokens[link as keyof typeof ROLE_OF] });
      expect(res).toMatchObject({ status: 200, body: { id: created.id, title, role } });
    }
    const first = await exported(created.id, created.tokens.view);
    expect(same(first)).toEqual(same(text));
    const again = await createMap(t.url, first);
    expect(same(await exported(again.id, again.tokens.owner))).toEqual(same(first));
  });

  // src/doc/read.ts once compared createdAt as text, so "2026-11-21T08:00:00.5Z" (half a second later) sorted before
  // "2026-11-21T08:00:00Z", and an offset such as +01:00 was not counted at all.
  it("lists a file's comments by when they were written, whatever their precision or offset", async () => {
    const text = readFileSync(join(VALID, "claim-all-lanes.de.journey.json"), "utf8");
    const created = await createMap(t.url, text);
    const file = JSON.parse(await exported(created.id, created.tokens.view)) as {
      journey: { comments: { id: string; createdAt: string }[] };
    };
    const times = file.journey.comments.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  // A map stores its records' order under "rank" and its schema's version under "schemaVersion", so an unknown field
  // of that name in a file (a "rank" another tool wrote on its stages) was once overwritten on the server and missing
  // from the export; the document now stores such fields under another name (src/doc/storedKeys.ts).
  it("keeps unknown fields named like the map's own bookkeeping (rank, schemaVersion)", async () => {
    const file = {
      format: "outside-in.journey",
      version: 1,
      journey: {
        id: "j",
        title: "Rangfolge",
        schemaVersion: "aus dem Altsystem",
        stages: [{ id: "s1", name: "Melden", rank: 1 }],
        lanes: [{ id: "l1", name: "Tun", kind: "actions", rank: 2 }],
        cards: [{ id: "c1", stageId: "s1", laneId: "l1", title: "Ich melde", rank: "hoch" }],
        connections: [],
      },
    };
    const created = await createMap(t.url, file);
    expect(same(await exported(created.id, created.tokens.view))).toEqual(same(JSON.stringify(file)));
  });
});

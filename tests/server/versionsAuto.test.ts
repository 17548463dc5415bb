// Versions the server saves by itself: when a map is created, while it is edited (at most one per 10 minutes, after
// the change went out) and when its last page leaves having changed it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { join } from "node:path";
import { readJourney } from "../../src/doc";
import { addCard, setJourneyFields } from "../../src/doc/ops";
import { parseJourneyText } from "../../src/format";
import { DB_FILE } from "../../server/store/db";
import { clientsOf, createMap, phonePlan, startTestServer, synced, waitFor, type TestServer } from "./helpers";

let t: TestServer;
let now = Date.UTC(2026, 11, 6, 9, 0);
const clients = clientsOf(() => t);
const MINUTE = 60_000;

beforeEach(async () => {
  now = Date.UTC(2026, 11, 6, 9, 0);
  t = await startTestServer({ idleMs: 100, now: () => now });
});
afterEach(async () => {
  clients.closeAll();
  await t.stop();
});

interface Row {
  kind: string;
  created_at: number;
  cards: number;
}
/** The map's versions as stored, oldest first, read on a connection of their own. */
function stored(mapId: string): Row[] {
  const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
  try {
    return db.prepare("SELECT kind, created_at, cards FROM versions WHERE map_id = ? ORDER BY seq").all(mapId) as Row[];
  } finally {
    db.close();
  }
}

describe("automatic versions", () => {
  it("saves a Created version with the map, as the imported journey's file", async () => {
    const map = await createMap(t.url, phonePlan());
    const rows = stored(map.id);
    expect(rows).toEqual([{ kind: "created", created_at: now, cards: expect.any(Number) as number }]);
    expect(rows[0]?.cards).toBeGreaterThan(10);
  });

  it("saves one version at the first change 10 minutes after the last one, and no more within 10 minutes", async () => {
    const map = await createMap(t.url, { title: "Workshop" });
    const a = clients.open(map.id, map.tokens.edit);
    await synced(a);
    const cell = () => {
      const j = readJourney(a.doc);
      return { stageId: j.stages[0]!.id, laneId: j.lanes[0]!.id };
    };
    now += 9 * MINUTE;
    addCard(a.doc, { ...cell(), title: "Within ten minutes" });
    const b = clients.open(map.id, map.tokens.view);
    await synced(b);
    await waitFor(() => readJourney(b.doc).cards.length === 1, 5000, "the first card");
    expect(stored(map.id).map((r) => r.kind)).toEqual(["created"]);

    now += 2 * MINUTE;
    addCard(a.doc, { ...cell(), title: "Eleven minutes on" });
    await waitFor(() => stored(map.id).length === 2, 5000, "an automatic version");
    expect(stored(map.id)[1]).toEqual({ kind: "auto", created_at: now, cards: 2 });

    now += 9 * MINUTE;
    for (let i = 0; i < 5; i++) addCard(a.doc, { ...cell(), title: `More ${i}` });
    await waitFor(() => readJourney(b.doc).cards.length === 7, 5000, "the later cards");
    expect(stored(map.id)).toHaveLength(2);

    now += 1 * MINUTE;
    setJourneyFields(a.doc, { title: "Workshop, later" });
    await waitFor(() => stored(map.id).length === 3, 5000, "the next automatic version");
    expect(stored(map.id)[2]).toMatchObject({ kind: "auto", cards: 7 });
  });

  it("saves a version when the last page leaves a map it changed, and none when nothing changed", async () => {
    const map = await createMap(t.url, { title: "Leaving" });
    const a = clients.open(map.id, map.tokens.edit);
    const b = clients.open(map.id, map.tokens.owner);
    await Promise.all([synced(a), synced(b)]);
    const j = readJourney(a.doc);
    addCard(a.doc, { stageId: j.stages[0]!.id, laneId: j.lanes[0]!.id, title: "Made before leaving" });
    await waitFor(() => readJourney(b.doc).cards.length === 1, 5000, "the card at b");
    now += MINUTE;
    a.destroy();
    // b is still there: no version yet.
    await new Promise((r) => setTimeout(r, 100));
    expect(stored(map.id).map((r) => r.kind)).toEqual(["created"]);
    b.destroy();
    await waitFor(() => stored(map.id).length === 2, 5000, "a version when the last page left");
    expect(stored(map.id)[1]).toEqual({ kind: "auto", created_at: now, cards: 1 });

    // Opened and left again without a change: nothing new.
    const c = clients.open(map.id, map.tokens.edit);
    await synced(c);
    c.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(stored(map.id)).toHaveLength(2);
  });

  it("saves a version of a changed map when the server shuts down with pages still open", async () => {
    const map = await createMap(t.url, { title: "Shutdown" });
    const a = clients.open(map.id, map.tokens.edit);
    await synced(a);
    setJourneyFields(a.doc, { title: "Renamed before the shutdown" });
    const b = clients.open(map.id, map.tokens.view);
    await synced(b);
    await waitFor(() => readJourney(b.doc).title === "Renamed before the shutdown", 5000, "the new title");
    now += MINUTE;
    await t.restart();
    expect(stored(map.id)).toEqual([
      { kind: "created", created_at: now - MINUTE, cards: 0 },
      { kind: "auto", created_at: now, cards: 0 },
    ]);
  });

  it("keeps what a version holds as a journey file that reads back as the map did", async () => {
    const map = await createMap(t.url, phonePlan());
    const a = clients.open(map.id, map.tokens.edit);
    await synced(a);
    setJourneyFields(a.doc, { title: "Phone plan, edited" });
    const expected = readJourney(a.doc);
    a.destroy();
    await waitFor(() => stored(map.id).length === 2, 5000, "the version at leaving");
    const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
    const { inflateSync } = await import("node:zlib");
    const row = db.prepare("SELECT data FROM versions WHERE map_id = ? AND kind = 'auto'").get(map.id) as {
      data: Buffer;
    };
    db.close();
    const parsed = parseJourneyText(inflateSync(row.data).toString("utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.journey).toEqual(expected);
  });
});

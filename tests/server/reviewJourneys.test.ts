// The reviewer's journeys (tests/fixtures/unseen/review) through the HTTP API: each becomes a map whose JSON export
// is the journey the command line exports (the map's own id aside) and whose CSV is the command line's, byte for
// byte; the same journey saved as UTF-16 without a byte order mark is refused as UTF-16, and nothing is stored.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJourneyText, serializeJourney } from "../../src/format";
import { renderMeasurementCsv } from "../../src/export";
import { comparable } from "../audit/sameJourney";
import { api, countMaps as countMapsIn, createMap, startTestServer, type TestServer } from "./helpers";

const REVIEW = fileURLToPath(new URL("../fixtures/unseen/review/", import.meta.url));
const NAMES = readdirSync(REVIEW)
  .filter((n) => n.endsWith(".json"))
  .sort();
const text = (name: string) => readFileSync(join(REVIEW, name), "utf8");

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

const countMaps = (): number => countMapsIn(t.dataDir);

describe("the reviewer's journeys through the HTTP API", () => {
  it("makes each one a map whose JSON and CSV exports are the command line's", async () => {
    expect(NAMES).toHaveLength(8);
    for (const name of NAMES) {
      const read = parseJourneyText(text(name));
      if (!read.ok) throw new Error(`${name} should be valid`);
      const map = await createMap(t.url, JSON.parse(text(name)));
      const json = await fetch(`${t.url}/api/maps/${map.id}/export?format=json`, {
        headers: { Authorization: `Bearer ${map.tokens.view}` },
      });
      expect({ name, status: json.status }).toEqual({ name, status: 200 });
      const offline = serializeJourney(read.journey, { exportedAt: new Date() });
      expect({ name, same: comparable(await json.text(), { withoutId: true, withoutFileExtras: true }) }).toEqual({
        name,
        same: comparable(offline, { withoutId: true, withoutFileExtras: true }),
      });
      const csv = await fetch(`${t.url}/api/maps/${map.id}/export?format=csv`, {
        headers: { Authorization: `Bearer ${map.tokens.comment}` },
      });
      expect({ name, csv: Buffer.from(await csv.arrayBuffer()).toString("utf8") }).toEqual({
        name,
        csv: renderMeasurementCsv(read.journey),
      });
    }
  });

  it("refuses a journey saved as UTF-16 without a byte order mark as UTF-16 and stores nothing", async () => {
    const source = text("bike-theft-household.de.journey.json");
    const before = countMaps();
    for (const body of [Buffer.from(source, "utf16le"), Buffer.from(source, "utf16le").swap16()]) {
      const res = await fetch(`${t.url}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: "The request body is UTF-16 text; JSON is sent as UTF-8.",
        issues: [{ path: "", message: "is UTF-16 text" }],
      });
    }
    expect(countMaps()).toBe(before);
    // The same bytes as UTF-8 make a map.
    expect((await api(t.url, "/api/maps", { method: "POST", body: source })).status).toBe(201);
  });
});

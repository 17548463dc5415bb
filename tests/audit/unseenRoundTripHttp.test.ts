// The JSON export read back on the server: a map made from each audit file is exported, the export is posted as a
// new map, and that map's export is the same document again (comments and unknown fields included).
import { api, createMap, startTestServer, type TestServer } from "../server/helpers";
import { comparable } from "./sameJourney";
import { UNSEEN_NAMES, unseenText } from "./unseenFixtures";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

async function exportedJson(id: string, token: string): Promise<string> {
  const res = await fetch(`${t.url}/api/maps/${id}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe("a journey exported as JSON and posted again", () => {
  it.each(UNSEEN_NAMES)("makes a map from %s whose export is the same document again", async (name) => {
    const first = await createMap(t.url, unseenText(name));
    const once = await exportedJson(first.id, first.tokens.view);
    const second = await createMap(t.url, once);
    expect(second.id).not.toBe(first.id);
    const twice = await exportedJson(second.id, second.tokens.owner);
    expect(comparable(twice, { withoutId: true })).toEqual(comparable(once, { withoutId: true }));
    const health = (text: string) => (JSON.parse(text) as { health: unknown }).health;
    expect(health(twice)).toEqual(health(once));
    const title = await api(t.url, `/api/maps/${second.id}`, { token: second.tokens.comment });
    expect(title.body).toMatchObject({ title: (JSON.parse(once) as { journey: { title: string } }).journey.title });
  });

  it("keeps the unknown fields of the journey, its cards, measurements, stages, lanes, paths and comments", async () => {
    const first = await createMap(t.url, unseenText("motor-claim-measured.de.journey.json"));
    const second = await createMap(t.url, await exportedJson(first.id, first.tokens.owner));
    const { journey } = JSON.parse(await exportedJson(second.id, second.tokens.owner)) as {
      journey: Record<string, unknown> & { cards: Record<string, unknown>[] } & Record<
          string,
          Record<string, unknown>[]
        >;
    };
    expect(journey["x-mandant"]).toBe("Nord");
    const notruf = journey.cards.find((c) => c["id"] === "k_notruf") as {
      "x-crm": unknown;
      measurement: { "x-quelle-id": unknown; observations: Record<string, unknown>[] };
    };
    expect(notruf["x-crm"]).toEqual({ system: "Kfz-CRM", felder: ["Schadennummer", "Kennzeichen"], aktiv: true });
    expect(notruf.measurement["x-quelle-id"]).toBe("ACD-7");
    expect(notruf.measurement.observations.find((o) => o["date"] === "2026-09-30")?.["x-hinweis"]).toBe("Glatteis");
    expect(journey["stages"]?.[0]?.["x-farbe"]).toBe("#ffcc00");
    expect(journey["lanes"]?.[6]?.["x-sichtbar"]).toBe(false);
    expect(journey["connections"]?.[0]?.["x-gewicht"]).toBe(0.75);
    expect(journey["comments"]?.find((c) => c["id"] === "cm_1")?.["x-quelle"]).toBe("Workshop");
  });
});

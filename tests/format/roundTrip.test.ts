// A journey file read into the Yjs documents and written back is the same file.
import * as Y from "yjs";
import { loadComments, loadJourney, readJourney, type Journey } from "../../src/doc";
import { parseJourneyText, parseJourneyValue, serializeJourney, toJourneyFile } from "../../src/format";
import { asFile, exampleFileValue, exampleText, tinyJourney } from "../fixtures/journeys";

/** Key order carries no meaning in JSON; sort it away so deep equality compares content only. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([k]) => k !== "exportedAt")
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

function throughDocs(journey: Journey): Journey {
  const doc = new Y.Doc();
  const commentsDoc = new Y.Doc();
  loadJourney(doc, journey);
  loadComments(commentsDoc, journey.comments ?? []);
  return readJourney(doc, commentsDoc);
}

function parseOk(text: string): Journey {
  const result = parseJourneyText(text);
  if (!result.ok) throw new Error(`${result.error}\n${JSON.stringify(result.issues)}`);
  return result.journey;
}

describe("round trip through the document", () => {
  it("gives back the example file unchanged apart from exportedAt", () => {
    const original = exampleFileValue();
    const again = toJourneyFile(throughDocs(parseOk(exampleText())), { exportedAt: new Date() });
    expect(normalise(again)).toEqual(normalise(original));
  });

  it("survives a second trip through text byte for byte", () => {
    const at = new Date("2026-11-22T10:00:00.000Z");
    const once = serializeJourney(throughDocs(parseOk(exampleText())), { exportedAt: at });
    const twice = serializeJourney(throughDocs(parseOk(once)), { exportedAt: at });
    expect(twice).toBe(once);
  });

  it("keeps unknown extra fields on the journey, its records and the measurement", () => {
    const value = exampleFileValue();
    const journey = value.journey as Record<string, unknown> & {
      stages: Record<string, unknown>[];
      cards: Record<string, unknown>[];
      connections: Record<string, unknown>[];
    };
    journey["x-crm-id"] = "J-42";
    journey.stages[0]!.color = "#ffcc00";
    journey.cards[1]!.tags = ["ads", "social"];
    (journey.cards[1]!.measurement as Record<string, unknown>).dashboard = "https://example.com/d/1";
    journey.connections[0]!.weight = 3;
    value.health = { score: 80 };

    const parsed = parseJourneyValue(value);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.health).toEqual({ score: 80 });
    const back = toJourneyFile(throughDocs(parsed.journey)).journey as unknown as typeof journey;
    expect(back["x-crm-id"]).toBe("J-42");
    expect(back.stages[0]!.color).toBe("#ffcc00");
    expect(back.cards[1]!.tags).toEqual(["ads", "social"]);
    expect((back.cards[1]!.measurement as Record<string, unknown>).dashboard).toBe("https://example.com/d/1");
    expect(back.connections[0]!.weight).toBe(3);
  });

  it("keeps German text with umlauts, ß, low-high quotes and the euro sign", () => {
    const german = "Ich prüfe „Süßes“ – Grüße für 5 €";
    const journey = tinyJourney({ title: "Mein Weg zur Bäckerei", language: "de", scenario: german });
    journey.cards[0]!.title = german;
    const text = serializeJourney(journey);
    expect(text).toContain(german);
    const back = throughDocs(parseOk(text));
    expect(back.title).toBe("Mein Weg zur Bäckerei");
    expect(back.scenario).toBe(german);
    expect(back.cards.find((c) => c.id === "cd_a")?.title).toBe(german);
  });

  it("keeps the order of cards within a cell when the file lists them out of order", () => {
    const journey = tinyJourney();
    const [a, b, c, d, e] = journey.cards;
    const shuffled = { ...journey, cards: [e!, d!, c!, b!, a!] };
    const back = throughDocs(parseOk(JSON.stringify(asFile(shuffled))));
    const cell = back.cards.filter((x) => x.stageId === "st_b" && x.laneId === "ln_tp");
    expect(cell.map((x) => [x.id, x.order])).toEqual([
      ["cd_d", 0],
      ["cd_e", 1],
    ]);
  });
});

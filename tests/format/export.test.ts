// Writing a journey: header first, cards in cell order with `order` as the index, safe file names.
import { fileExtras, journeyFileName, parseJourneyText, serializeJourney, toJourneyFile } from "../../src/format";
import { tinyJourney } from "../fixtures/journeys";

describe("toJourneyFile", () => {
  it("writes format, version and exportedAt ahead of the journey", () => {
    const file = toJourneyFile(tinyJourney(), { exportedAt: new Date("2026-11-22T10:00:00Z") });
    expect(Object.keys(file)).toEqual(["format", "version", "exportedAt", "journey"]);
    expect(file.exportedAt).toBe("2026-11-22T10:00:00.000Z");
  });

  it("leaves exportedAt out when no date is given", () => {
    expect(Object.keys(toJourneyFile(tinyJourney()))).toEqual(["format", "version", "journey"]);
  });

  it("adds extra top-level fields but never lets them replace the header or the journey", () => {
    const file = toJourneyFile(tinyJourney(), {
      extra: { health: { score: 70 }, format: "evil", journey: null },
    });
    expect(file.health).toEqual({ score: 70 });
    expect(file.format).toBe("outside-in.journey");
    expect(file.journey.title).toBe("Renew my bike insurance");
  });

  it("adds an extra field whose name an object inherits (toString), and never one that reaches the prototype", () => {
    const extra = JSON.parse('{"toString":"a","valueOf":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
    const file = toJourneyFile(tinyJourney(), { extra });
    expect(Object.keys(file)).toEqual(["format", "version", "toString", "valueOf", "journey"]);
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    expect((file as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("sorts cards by stage, lane and order and renumbers order within each cell", () => {
    const journey = tinyJourney();
    const [a, b, c, d, e] = journey.cards;
    journey.cards = [{ ...e!, order: 7 }, { ...c!, order: 4 }, { ...d!, order: 2 }, { ...a!, order: 9 }, b!];
    const cards = toJourneyFile(journey).journey.cards.map((x) => [x.id, x.order]);
    expect(cards).toEqual([
      ["cd_a", 0],
      ["cd_b", 0],
      ["cd_c", 0],
      ["cd_d", 0],
      ["cd_e", 1],
    ]);
  });

  it("keeps a comment whose card was deleted, on the map, so the file still reads back", () => {
    const journey = tinyJourney();
    journey.cards = journey.cards.filter((c) => c.id !== "cd_d");
    journey.connections = [];
    journey.comments![0]!.anchor = { kind: "card", id: "cd_d", quote: "I renew in the app" };
    const file = toJourneyFile(journey);
    expect(file.journey.comments?.[0]?.anchor).toEqual({ kind: "map", quote: "I renew in the app" });
    expect(file.journey.comments?.[0]?.text).toBe("Is the app flow ready?");
    expect(parseJourneyText(JSON.stringify(file)).ok).toBe(true);
  });
});

describe("serializeJourney", () => {
  it("writes two-space JSON ending in a newline that parses back to the same journey", () => {
    const text = serializeJourney(tinyJourney());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "journey": {\n    "id": "jr_tiny",');
    const back = parseJourneyText(text);
    expect(back.ok && back.journey).toEqual(tinyJourney());
  });
});

describe("journeyFileName", () => {
  it("transliterates German letters and drops other accents and turns everything else into dashes", () => {
    expect(journeyFileName({ title: "Größe ändern: Übersicht für Straße" }, "pdf")).toBe(
      "Groesse-aendern-Uebersicht-fuer-Strasse.pdf",
    );
    expect(journeyFileName({ title: "Café / Tarif «neu» 2026" }, ".json")).toBe("Cafe-Tarif-neu-2026.json");
  });

  it("falls back to journey when nothing usable is left and keeps names short", () => {
    expect(journeyFileName({ title: "„…“" }, "svg")).toBe("journey.svg");
    expect(journeyFileName({ title: "a".repeat(300) }, "csv")).toBe(`${"a".repeat(80)}.csv`);
  });
});

describe("fileExtras", () => {
  it("keeps a read file's unknown top-level fields, not its header, journey, derived health or prototype keys", () => {
    const read = JSON.parse(
      '{"format":"outside-in.journey","version":1,"exportedAt":"2026-11-22T10:00:00.000Z","health":{"openFindings":0},' +
        '"x-vendor":{"id":7},"__proto__":{"polluted":true},"constructor":{},"prototype":1,"notes":"n","journey":{}}',
    ) as Record<string, unknown>;
    expect(fileExtras(read)).toEqual({ "x-vendor": { id: 7 }, notes: "n" });
    expect(Object.keys(fileExtras(read))).toEqual(["x-vendor", "notes"]);
  });
});

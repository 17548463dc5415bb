// An unknown field may nest as deep as a map keeps it (MAX_JSON_DEPTH); a deeper one is refused at its path, in
// every place a file can hold one, instead of being accepted here and dropped on the server without a word.
import { formatIssue, parseJourneyText, parseJourneyValue, type ParseResult } from "../../src/format";
import { MAX_JSON_DEPTH } from "../../src/format/nesting";
import { PLACES, fileWith, nested } from "../fixtures/audit/deepFields";

const lines = (result: ParseResult) => (result.ok ? [] : result.issues.map(formatIssue)).sort();

describe("unknown fields nested deeply", () => {
  it("keeps an unknown field nested as deep as a map keeps one, in every place", () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    const result = parseJourneyText(fileWith(nested(MAX_JSON_DEPTH)));
    expect(result.ok || result.issues).toBe(true);
    if (!result.ok) return;
    expect(result.file["xFile"]).toEqual(JSON.parse(nested(MAX_JSON_DEPTH)));
    expect((result.journey.cards[0]!.measurement!.observations![0] as Record<string, unknown>)["xObs"]).toEqual(
      JSON.parse(nested(MAX_JSON_DEPTH)),
    );
  });

  it("refuses one level more at each field's path, with one line each", () => {
    const result = parseJourneyText(fileWith(nested(MAX_JSON_DEPTH + 1)));
    expect(result.ok || result.error).toBe(`This file is not a valid Outside-In journey: ${PLACES.length} problems.`);
    expect(lines(result)).toEqual(
      PLACES.map((p) => `${p}: is nested more than 32 levels deep, deeper than a map keeps an unknown field`).sort(),
    );
  });

  it("counts objects as levels too, and says it in German", () => {
    const objects = `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${"}".repeat(MAX_JSON_DEPTH + 1)}`;
    const result = parseJourneyText(fileWith(objects), { language: "de" });
    expect(lines(result)).toContain(
      "journey.cards[0].xCard: ist mehr als 32 Ebenen tief verschachtelt, tiefer als eine Journey ein unbekanntes Feld aufbewahrt",
    );
  });

  it("refuses an unknown field a thousand levels deep at its path, as a value parsed by someone else", () => {
    let junk: unknown = "tief";
    for (let i = 0; i < 1000; i++) junk = [junk];
    const file = JSON.parse(fileWith("0")) as { journey: { cards: Record<string, unknown>[] } };
    file.journey.cards[0]!["xCard"] = junk;
    const result = parseJourneyValue(file);
    expect(lines(result)).toEqual([
      "journey.cards[0].xCard: is nested more than 32 levels deep, deeper than a map keeps an unknown field",
    ]);
  });

  it("leaves a known field's wrong shape to the schema, however deep", () => {
    const file = JSON.parse(fileWith("0")) as { journey: { persona: Record<string, unknown> } };
    file.journey.persona["goals"] = JSON.parse(nested(40));
    expect(lines(parseJourneyValue(file))).toEqual(["journey.persona.goals[0]: must be a string"]);
  });
});

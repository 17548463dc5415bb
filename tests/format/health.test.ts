// The exported JSON file carries the journey's health as a top-level extension field; reading a file
// ignores it (it is derived from the journey), so a stale or odd `health` never changes what is imported.
import { journeyHealth, runChecks } from "../../src/checks";
import type { Journey } from "../../src/doc";
import { fileHealth, parseJourneyText, parseJourneyValue, serializeJourney, toJourneyFile } from "../../src/format";
import { getTemplate, TEMPLATES } from "../../src/templates";
import { asFile, tinyJourney } from "../fixtures/journeys";

const parsed = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

describe("the health summary in the JSON export", () => {
  it("writes health after the header and before the journey, with the same numbers as the checks", () => {
    const journey = tinyJourney();
    const text = serializeJourney(journey, { exportedAt: new Date("2026-11-22T10:00:00Z") });
    const file = parsed(text);
    expect(Object.keys(file)).toEqual(["format", "version", "exportedAt", "health", "journey"]);
    expect(file.health).toEqual(journeyHealth(journey, runChecks(journey)));
    expect(file.health).toMatchObject({
      touchpoints: 3,
      measured: 0,
      coverage: 0,
      momentsOfTruth: 0,
      momentsMeasured: 0,
      signatureInteractions: 0,
      signatureLimit: 3,
      openFindings: 3,
    });
  });

  it("counts what changes on the map: a measured touchpoint raises coverage and closes a finding", () => {
    const journey = tinyJourney();
    journey.cards = journey.cards.map((c) =>
      c.id === "cd_b" ? { ...c, measurement: { metric: "CES", target: 5 }, momentOfTruth: { reason: "first" } } : c,
    );
    expect(fileHealth(journey)).toMatchObject({
      measured: 1,
      coverage: 1 / 3,
      momentsOfTruth: 1,
      momentsMeasured: 1,
      openFindings: 2,
    });
  });

  it("reports zero open findings for a good-practice template", () => {
    const id = TEMPLATES[0]?.id ?? "missing";
    const journey = getTemplate(id, "de");
    if (!journey) throw new Error(`template ${id} is missing`);
    const health = parsed(serializeJourney(journey)).health as { openFindings: number; coverage: number };
    expect(health.openFindings).toBe(0);
    expect(health.coverage).toBe(1);
  });

  it("imports an exported file with its health and gives back the same journey", () => {
    const journey = tinyJourney();
    const text = serializeJourney(journey);
    expect(parsed(text).health).toBeDefined();
    const back = parseJourneyText(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.journey).toEqual(journey);
    expect("health" in back.journey).toBe(false);
  });

  it("ignores a stale or odd health on import and writes the real one on the next export", () => {
    const journey = tinyJourney();
    for (const health of [{ openFindings: 0, coverage: 1 }, "everything is fine", null, [1, 2, 3]]) {
      const result = parseJourneyValue(asFile(journey, { health }));
      if (!result.ok) throw new Error(result.error);
      expect(result.journey).toEqual(journey);
      const again = parsed(serializeJourney(result.journey)).health;
      expect(again).toEqual(fileHealth(journey));
    }
  });

  it("survives a second trip byte for byte", () => {
    const at = new Date("2026-11-22T10:00:00.000Z");
    const once = serializeJourney(tinyJourney(), { exportedAt: at });
    const back = parseJourneyText(once);
    if (!back.ok) throw new Error(back.error);
    expect(serializeJourney(back.journey, { exportedAt: at })).toBe(once);
  });

  it("lets a caller replace the health, and keeps toJourneyFile free of it", () => {
    const journey: Journey = tinyJourney();
    expect(parsed(serializeJourney(journey, { extra: { health: { custom: true } } })).health).toEqual({ custom: true });
    expect(Object.keys(toJourneyFile(journey))).toEqual(["format", "version", "journey"]);
  });
});

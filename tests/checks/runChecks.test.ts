// runChecks as a whole: deterministic order, language choice, no side effects; and the journey health.
import { RULE_IDS, checkLanguage, findingsByTarget, journeyHealth, ruleTitle, runChecks } from "../../src/checks";
import { exampleJourney } from "../fixtures/journeys";
import { card, connect, journey, touchpoint } from "./helpers";

function messyJourney() {
  const a = card("touchpoints", "We send the form", { channel: "web" });
  const b = touchpoint("I visit the branch", {
    channel: "branch",
    momentOfTruth: { reason: "decides" },
    measurement: { metric: "CSAT" },
  });
  const sig = (t: string) => touchpoint(t, { signatureInteraction: { reason: "memorable" } });
  return journey({
    owner: "",
    stages: [{ id: "s1", name: "Apply" }],
    cards: [
      a,
      b,
      sig("S1"),
      sig("S2"),
      sig("S3"),
      sig("S4"),
      card("emotions", "Annoyed", { emotion: -2 }),
      card("touchpoints", "I sign"),
    ],
    connections: [connect(a, b)],
  });
}

describe("runChecks", () => {
  it("reports every rule, in rule order and then map order", () => {
    const rules = runChecks(messyJourney()).map((f) => f.rule);
    expect(new Set(rules)).toEqual(new Set(RULE_IDS));
    const positions = rules.map((r) => RULE_IDS.indexOf(r));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    const unmeasured = runChecks(messyJourney()).filter((f) => f.rule === "touchpoint-without-measurement");
    expect(unmeasured.map((f) => f.message)).toEqual([
      'The touchpoint "We send the form" has no measurement point.',
      'The touchpoint "I sign" has no measurement point.',
    ]);
  });

  it("gives the same findings on every run and leaves the journey as it was", () => {
    const j = messyJourney();
    const before = structuredClone(j);
    expect(runChecks(j)).toEqual(runChecks(j));
    expect(j).toEqual(before);
  });

  it("speaks the journey's language, unless a language is asked for", () => {
    const en = runChecks(journey({ owner: "", language: "en" }));
    const de = runChecks(journey({ owner: "", language: "de-DE" }));
    const asked = runChecks(journey({ owner: "", language: "en" }), { language: "de" });
    expect(en[0]?.message).toBe('The journey "Test journey" has no owner.');
    expect(de[0]?.message).toBe("Die Journey „Test journey“ hat keine verantwortliche Person.");
    expect(asked[0]?.message).toBe(de[0]?.message);
  });

  it("falls back to English for languages it has no texts for", () => {
    expect(checkLanguage("fr")).toBe("en");
    expect(checkLanguage(undefined)).toBe("en");
    expect(checkLanguage("DE-ch")).toBe("de");
    expect(checkLanguage("dey")).toBe("en");
  });

  it("finds nothing on an empty journey with an owner", () => {
    expect(runChecks(journey())).toEqual([]);
  });

  it("finds nothing on the example journey, a good-practice map", () => {
    expect(runChecks(exampleJourney())).toEqual([]);
  });
});

describe("journeyHealth", () => {
  it("counts touchpoints, coverage, moments of truth, signature interactions and open findings", () => {
    const j = journey({
      cards: [
        touchpoint("A", { momentOfTruth: { reason: "r" } }),
        touchpoint("B", { momentOfTruth: { reason: "r" }, measurement: { metric: "CSAT" } }),
        card("touchpoints", "C", { channel: "web" }),
        touchpoint("D", { signatureInteraction: { reason: "r" } }),
        card("actions", "E", { momentOfTruth: { reason: "r" } }),
      ],
    });
    const found = runChecks(j);
    expect(journeyHealth(j, found)).toEqual({
      touchpoints: 4,
      measured: 3,
      coverage: 0.75,
      momentsOfTruth: 3,
      momentsMeasured: 1,
      signatureInteractions: 1,
      signatureLimit: 3,
      openFindings: found.length,
    });
    expect(found.length).toBe(3);
  });

  it("says full coverage when there are no touchpoints, and carries the limit it is given", () => {
    const h = journeyHealth(journey(), [], { signatureLimit: 5 });
    expect(h.coverage).toBe(1);
    expect(h.touchpoints).toBe(0);
    expect(h.signatureLimit).toBe(5);
  });
});

describe("ruleTitle and findingsByTarget", () => {
  it("names every rule in English and German", () => {
    for (const rule of RULE_IDS) {
      expect(ruleTitle(rule, "en")).not.toBe(ruleTitle(rule, "de"));
      expect(ruleTitle(rule)).toBe(ruleTitle(rule, "en"));
    }
    expect(ruleTitle("channel-break", "de")).toBe("Medienbruch");
  });

  it("groups findings by their target, keeping their order", () => {
    const j = messyJourney();
    const found = runChecks(j);
    const grouped = findingsByTarget(found);
    const first = j.cards[0];
    if (!first) throw new Error("no card");
    expect(grouped.get(first.id)?.map((f) => f.rule)).toEqual([
      "touchpoint-without-measurement",
      "inside-out-language",
    ]);
    expect([...grouped.values()].flat()).toHaveLength(found.length);
  });
});

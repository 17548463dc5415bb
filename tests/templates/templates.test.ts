// Every template in both languages: valid, referentially sound, complete good practice, zero findings, in its language.
import { CUSTOMER_LANE_KINDS, STANDARD_LANES, journeySchema, type Journey } from "../../src/doc";
import { parseJourneyValue } from "../../src/format";
import { isChannelBreak, runChecks } from "../../src/checks";
import { TEMPLATES, getTemplate } from "../../src/templates";

const LANGUAGES = ["en", "de"] as const;
const cases = TEMPLATES.flatMap((t) => LANGUAGES.map((language) => [t.id, language] as const));

function load(id: string, language: "en" | "de"): Journey {
  const journey = getTemplate(id, language);
  if (!journey) throw new Error(`no template ${id}`);
  return journey;
}

/** Own reference check, so the test does not rest on the importer alone. */
function referenceProblems(j: Journey): string[] {
  const problems: string[] = [];
  const ids = [
    j.id,
    ...j.stages.map((s) => s.id),
    ...j.lanes.map((l) => l.id),
    ...j.cards.map((c) => c.id),
    ...j.connections.map((c) => c.id),
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
  }
  const stages = new Set(j.stages.map((s) => s.id));
  const lanes = new Set(j.lanes.map((l) => l.id));
  const cards = new Set(j.cards.map((c) => c.id));
  for (const c of j.cards) {
    if (!stages.has(c.stageId)) problems.push(`${c.id}: unknown stage ${c.stageId}`);
    if (!lanes.has(c.laneId)) problems.push(`${c.id}: unknown lane ${c.laneId}`);
  }
  for (const c of j.connections) {
    if (!cards.has(c.from) || !cards.has(c.to)) problems.push(`${c.id}: unknown card`);
    if (c.from === c.to) problems.push(`${c.id}: connects a card to itself`);
  }
  return problems;
}

describe("templates", () => {
  it("offers at least the four required templates with names and descriptions in both languages", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(
      expect.arrayContaining(["motor-claim", "phone-plan-switch", "online-purchase-return", "bank-account-opening"]),
    );
    for (const t of TEMPLATES) {
      for (const text of [t.name.en, t.name.de, t.description.en, t.description.de]) expect(text.trim()).not.toBe("");
      expect(t.name.en).not.toBe(t.name.de);
    }
  });

  it("answers undefined for an unknown template", () => {
    expect(getTemplate("no-such-template", "en")).toBeUndefined();
  });

  it("hands out a fresh copy every time, so changing one map cannot change the next", () => {
    const a = load("motor-claim", "en");
    const first = a.cards[0];
    if (!first) throw new Error("template has no cards");
    first.title = "changed";
    a.persona?.goals?.push("changed");
    const b = load("motor-claim", "en");
    expect(b.cards[0]?.title).not.toBe("changed");
    expect(b.persona?.goals).not.toContain("changed");
  });

  it.each(cases)("%s (%s) is valid by the journey schema and by the importer", (id, language) => {
    const journey = load(id, language);
    expect(journeySchema.safeParse(journey).success).toBe(true);
    const parsed = parseJourneyValue({ format: "outside-in.journey", version: 1, journey });
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(referenceProblems(journey)).toEqual([]);
  });

  it.each(cases)("%s (%s) has zero findings", (id, language) => {
    expect(runChecks(load(id, language))).toEqual([]);
  });

  it.each(cases)("%s (%s) is a complete good-practice map", (id, language) => {
    const j = load(id, language);
    expect(j.language).toBe(language);
    expect(j.scenario?.trim()).toBeTruthy();
    expect(j.owner?.trim()).toBeTruthy();
    expect(j.persona?.name?.trim()).toBeTruthy();
    expect(j.persona?.segment?.trim()).toBeTruthy();
    expect(j.persona?.goals?.length).toBeGreaterThan(0);
    expect(j.persona?.expectations?.length).toBeGreaterThan(0);
    expect(j.stages.length).toBeGreaterThanOrEqual(4);
    expect(j.stages.length).toBeLessThanOrEqual(6);
    for (const s of j.stages) expect(s.customerGoal?.trim()).toBeTruthy();
    expect(j.lanes.map((l) => [l.kind, l.name])).toEqual(STANDARD_LANES.map((l) => [l.kind, l.name[language]]));

    const kindOf = new Map(j.lanes.map((l) => [l.id, l.kind]));
    const inCell = (stageId: string, kind: string) =>
      j.cards.filter((c) => c.stageId === stageId && kindOf.get(c.laneId) === kind);
    for (const s of j.stages) {
      for (const kind of [...CUSTOMER_LANE_KINDS, "backstage"]) expect(inCell(s.id, kind).length).toBeGreaterThan(0);
      for (const e of inCell(s.id, "emotions")) expect(e.emotion).toBeDefined();
    }
    const touchpoints = j.cards.filter((c) => kindOf.get(c.laneId) === "touchpoints");
    for (const tp of touchpoints) {
      expect(tp.channel).toBeDefined();
      const m = tp.measurement;
      for (const field of [
        "metric",
        "question",
        "scale",
        "target",
        "direction",
        "source",
        "owner",
        "frequency",
      ] as const) {
        expect(m?.[field], `${tp.id}.measurement.${field}`).toBeDefined();
      }
    }
    expect(touchpoints.some((tp) => (tp.measurement?.observations?.length ?? 0) > 0)).toBe(true);
    const moments = j.cards.filter((c) => c.momentOfTruth);
    expect(moments.length).toBeGreaterThanOrEqual(1);
    for (const m of moments) expect(m.measurement?.target).toBeDefined();
    const signatures = j.cards.filter((c) => c.signatureInteraction).length;
    expect(signatures).toBeGreaterThanOrEqual(1);
    expect(signatures).toBeLessThanOrEqual(3);

    // The customer's path runs through every touchpoint, without a medium switch.
    expect(j.connections.length).toBe(touchpoints.length - 1);
    const byId = new Map(j.cards.map((c) => [c.id, c]));
    for (const c of j.connections) {
      const from = byId.get(c.from)?.channel;
      const to = byId.get(c.to)?.channel;
      expect(from && to && !isChannelBreak(from, to)).toBe(true);
    }
  });

  it.each(TEMPLATES.map((t) => t.id))("%s is written in German in German and in English in English", (id) => {
    const textOf = (j: Journey) =>
      [
        j.title,
        j.scenario ?? "",
        ...j.stages.flatMap((s) => [s.name, s.customerGoal ?? ""]),
        ...j.cards.map((c) => c.title),
      ].join("\n");
    const en = textOf(load(id, "en"));
    const de = textOf(load(id, "de"));
    const count = (text: string, words: RegExp) => (text.match(words) ?? []).length;
    const GERMAN = /(?<![\p{L}])(?:ich|und|die|der|das|mein|meine|nicht|mit|ist|ein|eine)(?![\p{L}])/giu;
    const ENGLISH = /(?<![\p{L}])(?:I|and|the|my|not|with|is|a|to)(?![\p{L}])/gu;
    expect(count(de, GERMAN)).toBeGreaterThan(40);
    expect(count(de, ENGLISH)).toBeLessThan(count(de, GERMAN) / 10);
    expect(count(en, ENGLISH)).toBeGreaterThan(40);
    expect(count(en, GERMAN)).toBeLessThan(count(en, ENGLISH) / 10);
    expect(de).toMatch(/[äöüß]/);
    expect(en).not.toMatch(/[äöüß]/);
    // The same structure in both languages: only the words differ.
    const a = load(id, "en");
    const b = load(id, "de");
    expect(b.cards.map((c) => [c.id, c.channel, c.emotion])).toEqual(a.cards.map((c) => [c.id, c.channel, c.emotion]));
  });
});

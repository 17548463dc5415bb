// Journeys for the export tests and the benchmark: the shared example, generated maps of any size, a German map.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { journeySchema, type Card, type Journey, type Lane, type Stage } from "../../src/doc";

export const FIXED_NOW = new Date("2026-11-22T12:00:00.000Z");

export function exampleJourney(): Journey {
  const path = fileURLToPath(new URL("../../../shared/examples/phone-plan.journey.json", import.meta.url));
  const file: unknown = JSON.parse(readFileSync(path, "utf8"));
  const envelope = typeof file === "object" && file !== null && "journey" in file ? file.journey : undefined;
  return journeySchema.parse(envelope);
}

const METRICS = ["CSAT", "CES", "NPS", "custom"] as const;

/** A map with `touchpoints` measured touchpoints spread over `stageCount` stages, plus the other lanes. */
export function generatedJourney(touchpoints: number, stageCount = 24): Journey {
  const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => ({
    id: `st_${i}`,
    name: `Stage ${i + 1}`,
    customerGoal: `I want goal number ${i + 1} reached`,
  }));
  const lanes: Lane[] = [
    { id: "ln_do", name: "What I do", kind: "actions" },
    { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
    { id: "ln_feel", name: "How I feel", kind: "emotions" },
    { id: "ln_pain", name: "What hurts", kind: "painPoints" },
  ];
  const cards: Card[] = [];
  stages.forEach((s, i) => {
    cards.push({ id: `do_${i}`, stageId: s.id, laneId: "ln_do", title: `I do step ${i + 1}` });
    cards.push({ id: `feel_${i}`, stageId: s.id, laneId: "ln_feel", title: `Feeling ${i + 1}`, emotion: (i % 5) - 2 });
  });
  const perStage = new Map<string, number>();
  for (let t = 0; t < touchpoints; t++) {
    const stage = stages[t % stageCount] as Stage;
    const order = perStage.get(stage.id) ?? 0;
    perStage.set(stage.id, order + 1);
    const metric = METRICS[t % METRICS.length] ?? "CSAT";
    const card: Card = {
      id: `tp_${t}`,
      stageId: stage.id,
      laneId: "ln_tp",
      order,
      title: `Touchpoint ${t} where I check my order status`,
      channel: t % 2 === 0 ? "web" : "app",
      measurement: {
        metric,
        ...(metric === "custom" ? { label: `Custom metric ${t}` } : {}),
        question: `How was touchpoint ${t}?`,
        scale: "1-5",
        target: 3 + (t % 100) / 100,
        direction: "higher",
        source: "Survey",
        owner: "CX team",
        frequency: "monthly",
        observations: [{ date: "2026-10-01", value: 3.5 }],
      },
    };
    if (t % 37 === 0) card.momentOfTruth = { reason: "It decides whether I stay" };
    if (t % 101 === 0) card.signatureInteraction = { reason: "A personal welcome" };
    cards.push(card);
  }
  return {
    id: `gen_${touchpoints}`,
    title: `Generated journey with ${touchpoints} touchpoints`,
    language: "en",
    stages,
    lanes,
    cards,
    connections: [],
  };
}

/** A German claim journey with typographic quotes, an en dash, ß and a euro amount. */
export function germanJourney(): Journey {
  return {
    id: "de_claim",
    title: "Schaden melden – Kfz-Versicherung",
    language: "de",
    scenario: "Nach einem Unfall möchte ich den Schaden schnell und ohne Ärger melden.",
    owner: "Leiterin Schadenservice",
    stages: [
      { id: "st_1", name: "Schaden melden", customerGoal: "Ich will wissen, wie es weitergeht" },
      { id: "st_2", name: "Erstattung", customerGoal: "Ich will mein Geld schnell zurück" },
    ],
    lanes: [
      { id: "ln_tp", name: "Wo ich die Marke erlebe", kind: "touchpoints" },
      { id: "ln_feel", name: "Wie ich mich fühle", kind: "emotions" },
    ],
    cards: [
      {
        id: "c1",
        stageId: "st_1",
        laneId: "ln_tp",
        title: "„Ich melde den Schaden“ in der App",
        channel: "app",
        momentOfTruth: { reason: "Hier entscheidet sich, ob ich bleibe" },
        measurement: {
          metric: "CES",
          scale: "1-7",
          target: 5.5,
          direction: "higher",
          question: "Wie einfach war die Meldung?",
        },
      },
      {
        id: "c2",
        stageId: "st_2",
        laneId: "ln_tp",
        title: "Ich erhalte 12,50 € Selbstbeteiligung zurück – schön groß",
        channel: "letter",
        measurement: {
          metric: "CSAT",
          scale: "1-5",
          target: 4.25,
          observations: [{ date: "2026-11-01", value: 3.75 }],
        },
      },
      { id: "c3", stageId: "st_1", laneId: "ln_feel", title: "Ängstlich", emotion: -2 },
      { id: "c4", stageId: "st_2", laneId: "ln_feel", title: "Erleichtert, weil alles gut ausging", emotion: 1 },
    ],
    connections: [],
  };
}

/**
 * Four measurement points in three kinds of lane, given out of map order: two touchpoints, an NPS question on an
 * action and a figure taken backstage. Map order is stage by stage, lanes top to bottom: NPS, CSAT, CES, days.
 */
export function measuredEverywhereJourney(): Journey {
  return {
    id: "measured_everywhere",
    title: "Claim with measurement points in every lane",
    language: "en",
    owner: "Head of Claims",
    stages: [
      { id: "st_report", name: "Report", customerGoal: "I want to report my damage quickly" },
      { id: "st_settle", name: "Settlement", customerGoal: "I want my money" },
    ],
    lanes: [
      { id: "ln_do", name: "What I do", kind: "actions" },
      { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
      { id: "ln_back", name: "Behind the scenes", kind: "backstage" },
    ],
    cards: [
      {
        id: "c_days",
        stageId: "st_settle",
        laneId: "ln_back",
        title: "Claim file closed",
        measurement: {
          metric: "custom",
          label: "Days to settle",
          target: 10,
          direction: "lower",
          source: "Claims system",
        },
      },
      {
        id: "c_csat",
        stageId: "st_report",
        laneId: "ln_tp",
        title: "I fill in the online form",
        channel: "web",
        measurement: { metric: "CSAT", scale: "1-5", target: 4.2, question: "How easy was the form?" },
      },
      {
        id: "c_ces",
        stageId: "st_settle",
        laneId: "ln_tp",
        title: "I get the payout letter",
        channel: "letter",
        measurement: { metric: "CES", scale: "1-7", target: 5 },
      },
      {
        id: "c_nps",
        stageId: "st_report",
        laneId: "ln_do",
        title: "I tell a friend about my claim",
        measurement: {
          metric: "NPS",
          scale: "0-10",
          target: 30,
          question: "How likely are you to recommend us?",
          observations: [{ date: "2026-10-01", value: 24 }],
        },
      },
    ],
    connections: [],
  };
}

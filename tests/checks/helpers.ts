// Small hand-made journeys for the rule tests: the seven standard lanes, one clean stage, cards added by hand.
import type { Card, Connection, Journey, LaneKind, Stage } from "../../src/doc";
import { runChecks, type Finding, type RuleId } from "../../src/checks";

export const LANE: Record<LaneKind, string> = {
  actions: "ln-do",
  touchpoints: "ln-tp",
  thoughts: "ln-think",
  emotions: "ln-feel",
  painPoints: "ln-pain",
  opportunities: "ln-opp",
  backstage: "ln-back",
};

let next = 0;

/** A card in `kind`'s lane of stage s1 (or `stageId`), with a unique id unless one is given. */
export function card(kind: LaneKind, title: string, extra: Partial<Card> = {}): Card {
  next += 1;
  return { id: `cd-${next}`, stageId: "s1", laneId: LANE[kind], title, ...extra };
}

/** A touchpoint that passes the touchpoint rules, so a test only sees what it is about. */
export function touchpoint(title: string, extra: Partial<Card> = {}): Card {
  return card("touchpoints", title, {
    channel: "web",
    measurement: { metric: "CSAT", scale: "1-5", target: 4, direction: "higher" },
    ...extra,
  });
}

export function connect(from: Card, to: Card, id = `cn-${from.id}-${to.id}`): Connection {
  return { id, from: from.id, to: to.id };
}

export function journey(
  parts: { cards?: Card[]; connections?: Connection[]; stages?: Stage[]; language?: string; owner?: string } = {},
): Journey {
  const j: Journey = {
    id: "j-test",
    title: "Test journey",
    stages: parts.stages ?? [{ id: "s1", name: "Report", customerGoal: "I want to report my damage" }],
    lanes: (Object.keys(LANE) as LaneKind[]).map((kind) => ({ id: LANE[kind], name: kind, kind })),
    cards: parts.cards ?? [],
    connections: parts.connections ?? [],
  };
  if (parts.language !== undefined) j.language = parts.language;
  if (parts.owner !== undefined) j.owner = parts.owner;
  else j.owner = "Head of Claims";
  return j;
}

export function findings(
  j: Journey,
  rule: RuleId,
  options: { language?: string; signatureLimit?: number } = {},
): Finding[] {
  return runChecks(j, options).filter((f) => f.rule === rule);
}

// emotion-low-without-opportunity: a stage whose emotion is -1 or -2 with no card in an opportunities lane.
import type { Finding, Rule } from "../types";
import { oneLine } from "../context";

/**
 * A stage's emotion is the LOWEST emotion among its emotion-lane cards: one bad moment is enough
 * to lose a customer, and a mean would let a good moment hide it. Stages without emotion cards
 * have no emotion and are left alone.
 */
export const emotionLowWithoutOpportunity: Rule = (ctx) => {
  const m = ctx.messages["emotion-low-without-opportunity"];
  const lowest = new Map<string, number>();
  const withOpportunity = new Set<string>();
  for (const card of ctx.journey.cards) {
    const kind = ctx.laneKindOf(card);
    if (kind === "opportunities") withOpportunity.add(card.stageId);
    if (kind === "emotions" && card.emotion !== undefined) {
      const prev = lowest.get(card.stageId);
      if (prev === undefined || card.emotion < prev) lowest.set(card.stageId, card.emotion);
    }
  }
  const out: Finding[] = [];
  for (const stage of ctx.journey.stages) {
    const emotion = lowest.get(stage.id);
    if (emotion === undefined || emotion > -1 || withOpportunity.has(stage.id)) continue;
    out.push({
      rule: "emotion-low-without-opportunity",
      severity: "warning",
      targetId: stage.id,
      targetKind: "stage",
      message: m.message({ stage: oneLine(stage.name), emotion }),
      why: m.why,
      fix: m.fix,
    });
  }
  return out;
};

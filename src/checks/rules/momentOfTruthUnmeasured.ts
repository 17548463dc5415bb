// moment-of-truth-unmeasured: a moment of truth with no measurement point, or one without a target.
import type { Finding, Rule } from "../types";
import { titleOf } from "../context";

export const momentOfTruthUnmeasured: Rule = (ctx) => {
  const m = ctx.messages["moment-of-truth-unmeasured"];
  const out: Finding[] = [];
  for (const card of ctx.journey.cards) {
    if (card.momentOfTruth === undefined) continue;
    if (card.measurement?.target !== undefined) continue;
    out.push({
      rule: "moment-of-truth-unmeasured",
      // The moment that decides loyalty flying blind is the most serious gap a map can have.
      severity: "error",
      targetId: card.id,
      targetKind: "card",
      message: m.message({ card: titleOf(card), hasMeasurement: card.measurement !== undefined }),
      why: m.why,
      fix: m.fix,
    });
  }
  return out;
};

// too-many-signature-interactions: more signature interactions than a journey can make memorable.
import type { Rule } from "../types";
import { titleOf } from "../context";

/** One finding on the journey, naming every marked card: which ones to drop is the team's call, not the rule's. */
export const tooManySignatureInteractions: Rule = (ctx) => {
  const marked = ctx.journey.cards.filter((c) => c.signatureInteraction !== undefined);
  if (marked.length <= ctx.signatureLimit) return [];
  const m = ctx.messages["too-many-signature-interactions"];
  return [
    {
      rule: "too-many-signature-interactions",
      severity: "warning",
      targetId: ctx.journey.id,
      targetKind: "journey",
      message: m.message({ count: marked.length, limit: ctx.signatureLimit, cards: marked.map(titleOf) }),
      why: m.why,
      fix: m.fix,
    },
  ];
};

// too-many-signature-interactions: more signature interactions than a journey can make memorable.
import type { Rule } from "../types";
import { titleOf } from "../context";

/** How many marked cards a message names; on a big map the rest are counted, so the message stays readable. */
const NAMED = 10;

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
      message: m.message({
        count: marked.length,
        limit: ctx.signatureLimit,
        cards: marked.slice(0, NAMED).map(titleOf),
        more: Math.max(0, marked.length - NAMED),
      }),
      why: m.why,
      fix: m.fix,
    },
  ];
};

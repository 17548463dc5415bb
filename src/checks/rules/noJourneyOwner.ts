// no-journey-owner: the journey has no owner; the finding's target is the journey itself.
import type { Rule } from "../types";
import { oneLine } from "../context";
import { isBlank } from "../blank";

export const noJourneyOwner: Rule = (ctx) => {
  if (!isBlank(ctx.journey.owner)) return [];
  const m = ctx.messages["no-journey-owner"];
  return [
    {
      rule: "no-journey-owner",
      severity: "warning",
      targetId: ctx.journey.id,
      targetKind: "journey",
      message: m.message({ journey: oneLine(ctx.journey.title) }),
      why: m.why,
      fix: m.fix,
    },
  ];
};

// no-journey-owner: the journey has no owner; the finding's target is the journey itself.
import type { Rule } from "../types";

export const noJourneyOwner: Rule = (ctx) => {
  if ((ctx.journey.owner ?? "").trim() !== "") return [];
  const m = ctx.messages["no-journey-owner"];
  return [
    {
      rule: "no-journey-owner",
      severity: "warning",
      targetId: ctx.journey.id,
      targetKind: "journey",
      message: m.message({ journey: ctx.journey.title.trim() }),
      why: m.why,
      fix: m.fix,
    },
  ];
};

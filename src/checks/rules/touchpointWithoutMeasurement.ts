// touchpoint-without-measurement: a card in a touchpoints lane with no measurement point.
import type { Finding, Rule } from "../types";
import { titleOf } from "../context";

export const touchpointWithoutMeasurement: Rule = (ctx) => {
  const m = ctx.messages["touchpoint-without-measurement"];
  const out: Finding[] = [];
  for (const card of ctx.journey.cards) {
    if (ctx.laneKindOf(card) !== "touchpoints" || card.measurement !== undefined) continue;
    out.push({
      rule: "touchpoint-without-measurement",
      severity: "warning",
      targetId: card.id,
      targetKind: "card",
      message: m.message({ card: titleOf(card) }),
      why: m.why,
      fix: m.fix,
    });
  }
  return out;
};

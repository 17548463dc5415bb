// touchpoint-without-measurement and touchpoint-without-channel: a card in a touchpoints lane that lacks one of the
// two things a touchpoint should carry.
import type { Card } from "../../doc";
import type { Finding, Rule } from "../types";
import { titleOf } from "../context";

function touchpointWithout(
  rule: "touchpoint-without-measurement" | "touchpoint-without-channel",
  lacks: (card: Card) => boolean,
): Rule {
  return (ctx) => {
    const m = ctx.messages[rule];
    const out: Finding[] = [];
    for (const card of ctx.journey.cards) {
      if (ctx.laneKindOf(card) !== "touchpoints" || !lacks(card)) continue;
      out.push({
        rule,
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
}

export const touchpointWithoutMeasurement = touchpointWithout(
  "touchpoint-without-measurement",
  (card) => card.measurement === undefined,
);
export const touchpointWithoutChannel = touchpointWithout(
  "touchpoint-without-channel",
  (card) => card.channel === undefined,
);

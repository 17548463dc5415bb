// touchpoint-without-channel: a card in a touchpoints lane with no channel.
import type { Finding, Rule } from "../types";
import { titleOf } from "../context";

export const touchpointWithoutChannel: Rule = (ctx) => {
  const m = ctx.messages["touchpoint-without-channel"];
  const out: Finding[] = [];
  for (const card of ctx.journey.cards) {
    if (ctx.laneKindOf(card) !== "touchpoints" || card.channel !== undefined) continue;
    out.push({
      rule: "touchpoint-without-channel",
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

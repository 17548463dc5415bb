// inside-out-language: a card in a customer lane worded from the company's side instead of the customer's.
import { CUSTOMER_LANE_KINDS } from "../../doc";
import type { Finding, Rule } from "../types";
import { titleOf } from "../context";
import { insideOutPhrases } from "../language/detect";
import { suggestRewording } from "../language/reword";

export const insideOutLanguage: Rule = (ctx) => {
  const m = ctx.messages["inside-out-language"];
  const out: Finding[] = [];
  for (const card of ctx.journey.cards) {
    const kind = ctx.laneKindOf(card);
    // Backstage, pain points and opportunities are the team's own notes: company wording belongs there.
    if (kind === undefined || !CUSTOMER_LANE_KINDS.includes(kind)) continue;
    const phrases = insideOutPhrases([card.title, card.description ?? ""].join("\n"));
    if (phrases.length === 0) continue;
    const suggestion = suggestRewording(card.title);
    out.push({
      rule: "inside-out-language",
      severity: "warning",
      targetId: card.id,
      targetKind: "card",
      message: m.message({ card: titleOf(card), phrases }),
      why: m.why,
      fix: m.fix,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
  return out;
};

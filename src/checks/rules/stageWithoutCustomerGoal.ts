// stage-without-customer-goal: a stage with no (or a blank) customer goal.
import type { Finding, Rule } from "../types";
import { oneLine } from "../context";
import { isBlank } from "../blank";

export const stageWithoutCustomerGoal: Rule = (ctx) => {
  const m = ctx.messages["stage-without-customer-goal"];
  const out: Finding[] = [];
  for (const stage of ctx.journey.stages) {
    if (!isBlank(stage.customerGoal)) continue;
    out.push({
      rule: "stage-without-customer-goal",
      severity: "warning",
      targetId: stage.id,
      targetKind: "stage",
      message: m.message({ stage: oneLine(stage.name) }),
      why: m.why,
      fix: m.fix,
    });
  }
  return out;
};

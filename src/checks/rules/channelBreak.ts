// channel-break: a connection between two touchpoints whose channels force the customer to switch medium.
import type { Finding, Rule } from "../types";
import { titleOf } from "../context";
import { isChannelBreak } from "../channels";

export const channelBreak: Rule = (ctx) => {
  const m = ctx.messages["channel-break"];
  const out: Finding[] = [];
  for (const conn of ctx.journey.connections) {
    const from = ctx.cardById.get(conn.from);
    const to = ctx.cardById.get(conn.to);
    if (!from || !to) continue;
    if (ctx.laneKindOf(from) !== "touchpoints" || ctx.laneKindOf(to) !== "touchpoints") continue;
    if (from.channel === undefined || to.channel === undefined) continue;
    if (!isChannelBreak(from.channel, to.channel)) continue;
    out.push({
      rule: "channel-break",
      severity: "warning",
      targetId: conn.id,
      targetKind: "connection",
      message: m.message({
        from: titleOf(from),
        to: titleOf(to),
        fromChannel: ctx.messages.channelName[from.channel],
        toChannel: ctx.messages.channelName[to.channel],
      }),
      why: m.why,
      fix: m.fix,
    });
  }
  return out;
};

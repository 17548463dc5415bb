// The outside-in checks: runChecks over a journey snapshot (editor, CLI and export share it) and the journey health.
import type { Journey } from "../doc";
import { checkLanguage, createContext } from "./context";
import { messagesFor } from "./messages";
import { RULE_IDS, type CheckOptions, type Finding, type Rule, type RuleId } from "./types";
import { touchpointWithoutChannel, touchpointWithoutMeasurement } from "./rules/touchpointWithout";
import { momentOfTruthUnmeasured } from "./rules/momentOfTruthUnmeasured";
import { insideOutLanguage } from "./rules/insideOutLanguage";
import { channelBreak } from "./rules/channelBreak";
import { tooManySignatureInteractions } from "./rules/tooManySignatureInteractions";
import { stageWithoutCustomerGoal } from "./rules/stageWithoutCustomerGoal";
import { emotionLowWithoutOpportunity } from "./rules/emotionLowWithoutOpportunity";
import { noJourneyOwner } from "./rules/noJourneyOwner";

export type { CheckContext, CheckLanguage, CheckOptions, Finding, RuleId, Severity, TargetKind } from "./types";
export { RULE_IDS, DEFAULT_SIGNATURE_LIMIT } from "./types";
export { journeyHealth, type JourneyHealth } from "./health";
export { checkLanguage } from "./context";
export { messagesFor, type Messages } from "./messages";
export { CHANNEL_MEDIUM, isChannelBreak, type Medium } from "./channels";
export { insideOutPhrases } from "./language/detect";
export { suggestRewording } from "./language/reword";

/** Every rule, in the order its findings are reported (the order of RULE_IDS). */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  "touchpoint-without-measurement": touchpointWithoutMeasurement,
  "touchpoint-without-channel": touchpointWithoutChannel,
  "moment-of-truth-unmeasured": momentOfTruthUnmeasured,
  "inside-out-language": insideOutLanguage,
  "channel-break": channelBreak,
  "too-many-signature-interactions": tooManySignatureInteractions,
  "stage-without-customer-goal": stageWithoutCustomerGoal,
  "emotion-low-without-opportunity": emotionLowWithoutOpportunity,
  "no-journey-owner": noJourneyOwner,
};

/**
 * All findings for `journey`, by rule order then map order. Texts follow `options.language`, else
 * the journey's language: German for de*, English otherwise.
 */
export function runChecks(journey: Journey, options: CheckOptions = {}): Finding[] {
  const ctx = createContext(journey, options);
  return RULE_IDS.flatMap((id) => RULES[id](ctx));
}

/** The short name of a rule in the given language (German for de*, English otherwise). */
export function ruleTitle(rule: RuleId, language?: string): string {
  return messagesFor(checkLanguage(language)).ruleTitle[rule];
}

/** Findings grouped by target id, for marks on the canvas; each list keeps the findings' order. */
export function findingsByTarget(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.targetId);
    if (list) list.push(f);
    else out.set(f.targetId, [f]);
  }
  return out;
}

// The shapes every outside-in rule shares: rule ids (stable, CONTRACT section 5), findings and the rule context.
import type { Card, Journey, Lane, LaneKind, Stage } from "../doc";
import type { Messages } from "./messages/types";

/** Rule ids in the order findings are reported. */
export const RULE_IDS = [
  "touchpoint-without-measurement",
  "touchpoint-without-channel",
  "moment-of-truth-unmeasured",
  "inside-out-language",
  "channel-break",
  "too-many-signature-interactions",
  "stage-without-customer-goal",
  "emotion-low-without-opportunity",
  "no-journey-owner",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning" | "info";
export type TargetKind = "card" | "stage" | "lane" | "connection" | "journey";

export type Finding = {
  rule: RuleId;
  severity: Severity;
  targetId: string;
  targetKind: TargetKind;
  /** Names the concrete thing: the card title, both channels, the stage name. */
  message: string;
  /** One sentence on why it matters for the customer experience. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** A customer-view rewording, when the rule can make one. */
  suggestion?: string;
};

export type CheckLanguage = "en" | "de";

export type CheckOptions = { language?: string | undefined; signatureLimit?: number | undefined };

export const DEFAULT_SIGNATURE_LIMIT = 3;

/** What a rule gets: the journey plus lookups built once per run. */
export type CheckContext = {
  journey: Journey;
  language: CheckLanguage;
  messages: Messages;
  signatureLimit: number;
  stageById: ReadonlyMap<string, Stage>;
  laneById: ReadonlyMap<string, Lane>;
  cardById: ReadonlyMap<string, Card>;
  laneKindOf: (card: Card) => LaneKind | undefined;
};

export type Rule = (ctx: CheckContext) => Finding[];

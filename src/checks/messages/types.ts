// The texts each rule needs, in one shape both languages fill in.
import type { Channel } from "../../doc";
import type { RuleId } from "../types";

type Texts<P> = { message: (p: P) => string; why: string; fix: string };

export type Messages = {
  channelName: Record<Channel, string>;
  /** A short name per rule, for panel headings and legends. */
  ruleTitle: Record<RuleId, string>;
  "touchpoint-without-measurement": Texts<{ card: string }>;
  "touchpoint-without-channel": Texts<{ card: string }>;
  "moment-of-truth-unmeasured": Texts<{ card: string; hasMeasurement: boolean }>;
  "inside-out-language": Texts<{ card: string; phrases: string[] }>;
  "channel-break": Texts<{ from: string; to: string; fromChannel: string; toChannel: string }>;
  "too-many-signature-interactions": Texts<{
    count: number;
    limit: number;
    /** The first marked cards' titles; `more` says how many are left unnamed. */
    cards: string[];
    more: number;
  }>;
  "stage-without-customer-goal": Texts<{ stage: string }>;
  "emotion-low-without-opportunity": Texts<{ stage: string; emotion: number }>;
  "no-journey-owner": Texts<{ journey: string }>;
};

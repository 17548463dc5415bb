// English texts of the outside-in checks.
import { quoted, STRAIGHT_QUOTES } from "../../i18n/quotes";
import { CHANNEL_NAMES } from "../../i18n/channelNames";
import type { Messages } from "./types";

/** A name in quotes; quotations of its own take the inner marks ("I read 'plan A' twice"), so none nest. */
const q = (s: string) => quoted(s, STRAIGHT_QUOTES);
const list = (items: string[]) => items.map(q).join(", ");

/** The channels by the names the editor's channel list gives them, so that a finding names what the card shows. */
const channelName: Messages["channelName"] = CHANNEL_NAMES.en;
/** The channels the fix of a touchpoint without channel names as examples. */
const examples = (["web", "app", "email", "phone", "letter", "branch"] as const).map((c) => channelName[c]).join(", ");

export const en: Messages = {
  ruleTitle: {
    "touchpoint-without-measurement": "Touchpoint without measurement point",
    "touchpoint-without-channel": "Touchpoint without channel",
    "moment-of-truth-unmeasured": "Moment of truth not measured",
    "inside-out-language": "Company wording in a customer lane",
    "channel-break": "Channel break",
    "too-many-signature-interactions": "Too many signature interactions",
    "stage-without-customer-goal": "Stage without customer goal",
    "emotion-low-without-opportunity": "Low point without opportunity",
    "no-journey-owner": "No journey owner",
  },
  channelName,
  "touchpoint-without-measurement": {
    message: ({ card }) => `The touchpoint ${q(card)} has no measurement point.`,
    why: "What is not measured from the customer's side cannot be known to work for the customer.",
    fix: "Add a measurement point: a metric (CSAT, CES, NPS or your own), the question the customer is asked, a target and who owns it.",
  },
  "touchpoint-without-channel": {
    message: ({ card }) => `The touchpoint ${q(card)} has no channel.`,
    why: "Without the channel nobody can see where the customer meets the brand or where the customer has to switch medium.",
    fix: `Pick the channel the customer uses here (${examples}, …).`,
  },
  "moment-of-truth-unmeasured": {
    message: ({ card, hasMeasurement }) =>
      hasMeasurement
        ? `The moment of truth ${q(card)} is measured but has no target.`
        : `The moment of truth ${q(card)} has no measurement point.`,
    why: "A moment of truth decides whether the customer stays, so it needs a figure and a target that tell when it fails.",
    fix: "Give it a measurement point with a target value and a direction (higher or lower is better).",
  },
  "inside-out-language": {
    message: ({ card, phrases }) => `The card ${q(card)} speaks from the company's side: ${list(phrases)}.`,
    why: "Customers experience what they do, see and get, not the company's processes, roles and systems; company wording hides whether the moment works for them.",
    fix: 'Rewrite it in the customer\'s words, starting with "I …" (what I do, see, get or feel), and move internal steps to the backstage lane.',
  },
  "channel-break": {
    message: ({ from, to, fromChannel, toChannel }) =>
      `The path from ${q(from)} (${fromChannel}) to ${q(to)} (${toChannel}) forces the customer to switch from ${fromChannel} to ${toChannel}.`,
    why: "Every switch of medium makes the customer start over, repeat themselves and wait, and that is where many give up.",
    fix: "Let the customer finish in the same medium, or offer the next step in the channel they are already in.",
  },
  "too-many-signature-interactions": {
    message: ({ count, limit, cards, more }) =>
      `The journey has ${count} signature interactions, more than ${limit}: ${list(cards)}${more > 0 ? ` and ${more} more` : ""}.`,
    why: "A customer remembers only a few moments of a journey; too many signature interactions blur the ones that should stand out.",
    fix: `Keep the ones that are most memorable and on-brand and remove the mark from the others.`,
  },
  "stage-without-customer-goal": {
    message: ({ stage }) => `The stage ${q(stage)} has no customer goal.`,
    why: "Without the customer's goal a stage describes the company's process, not what the customer wants to achieve.",
    fix: 'Write what the customer wants in this stage, in their words: "I want …".',
  },
  "emotion-low-without-opportunity": {
    message: ({ stage, emotion }) =>
      `The customer feels bad in the stage ${q(stage)} (emotion ${String(emotion).replace("-", "−")}), and there is no opportunity there.`,
    why: "A low point that nobody works on is where customers leave and tell others.",
    fix: "Add an opportunity card in this stage that says how the moment could feel better for the customer.",
  },
  "no-journey-owner": {
    message: ({ journey }) => `The journey ${q(journey)} has no owner.`,
    why: "A journey crosses departments; without one person answering for it end to end, the customer falls between them.",
    fix: "Name the person or role responsible for this journey end to end.",
  },
};

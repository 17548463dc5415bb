// Builds the rule context once per run: language, texts and id lookups.
import type { Card, Journey } from "../doc";
import { messagesFor } from "./messages";
import { DEFAULT_SIGNATURE_LIMIT, type CheckContext, type CheckLanguage, type CheckOptions } from "./types";

/** German for any de* tag, English for everything else (the two languages the texts exist in). */
export function checkLanguage(tag: string | undefined): CheckLanguage {
  return tag !== undefined && /^de(?:-|$)/i.test(tag.trim()) ? "de" : "en";
}

export function createContext(journey: Journey, options: CheckOptions = {}): CheckContext {
  const language = checkLanguage(options.language ?? journey.language);
  const limit = options.signatureLimit;
  const signatureLimit = limit !== undefined && Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_SIGNATURE_LIMIT;
  const stageById = new Map(journey.stages.map((s) => [s.id, s]));
  const laneById = new Map(journey.lanes.map((l) => [l.id, l]));
  const cardById = new Map(journey.cards.map((c) => [c.id, c]));
  return {
    journey,
    language,
    messages: messagesFor(language),
    signatureLimit,
    stageById,
    laneById,
    cardById,
    laneKindOf: (card: Card) => laneById.get(card.laneId)?.kind,
  };
}

/** A name on one line: a message is one line, on the command line as in the editor. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Quote marks a whole title may be written in, opening to closing: the messages put their own around it. */
const QUOTES: Readonly<Record<string, string>> = {
  "„": "“",
  "“": "”",
  '"': '"',
  "‚": "‘",
  "'": "'",
  "«": "»",
  "»": "«",
};

/** The title without the quote marks it is wholly written in ("„Das geht ja schnell!“"), so none are doubled. */
function unquoted(text: string): string {
  const close = QUOTES[text[0] ?? ""];
  if (close === undefined || text.length < 3 || !text.endsWith(close)) return text;
  const inner = text.slice(1, -1).trim();
  // "„Erst“ dann „jetzt“" is not one quotation: its marks stay.
  return inner === "" || inner.includes(text[0]!) || inner.includes(close) ? text : inner;
}

/** A card's title for messages: on one line, and cut short when long, never inside a character (an emoji). */
export function titleOf(card: Card): string {
  const t = unquoted(oneLine(card.title));
  if (t.length <= 80) return t;
  const chars = Array.from(t);
  return chars.length > 80 ? `${chars.slice(0, 77).join("")}…` : t;
}

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

// Control characters other than whitespace: a terminal acts on some (ESC starts a sequence that can clear it or
// recolour what follows), and NEL (U+0085) ends a line in some.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A name on one line: a message is one line, on the command line as in the editor; a line break or a tab is a
 * space, and another control character, which shows nothing on the map, is left out.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\s\u0085]+/g, " ")
    .replace(CONTROLS, "")
    .trim();
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

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

/** A card's title for messages; an untitled card still gets a readable name. */
export function titleOf(card: Card): string {
  const t = card.title.trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

// The title GET /api/maps/:id answers with: the map's own, or for a map whose title shows nothing, "Untitled map" in
// the map's language ("Map ohne Titel", as the German start page says), as the document reads it (src/doc/read.ts:
// fallbackNames) and every export of the map names it.
import type * as Y from "yjs";
import { FALLBACK_TITLE, readMeta } from "../../src/doc/read";

/** The title of a loaded map's document. */
export const shownTitle = (doc: Y.Doc): string => readMeta(doc).title;

/**
 * Whether a title kept beside the map can be answered as it is: a kept "Untitled map" may stand for a map without a
 * title (kept in English before the document read it in the map's language), so its document says which to answer.
 */
export const keptTitleAnswers = (kept: string | undefined): kept is string =>
  kept !== undefined && kept !== FALLBACK_TITLE;

// The title GET /api/maps/:id answers with: the map's own, or for a map whose title shows nothing, "Untitled map" in
// the map's language ("Map ohne Titel", as the German start page says), like every export of the map speaks it.
import type * as Y from "yjs";
import { FALLBACK_TITLE, readMeta, readsUntitled } from "../../src/doc/read";
import { wordsFor } from "../../src/export/words";

/** The title of a loaded map's document. */
export function shownTitle(doc: Y.Doc): string {
  const meta = readMeta(doc);
  return readsUntitled(doc) ? wordsFor(meta.language).untitledMap : meta.title;
}

/**
 * Whether a title kept beside the map can be answered as it is: a kept "Untitled map" may stand for a map without a
 * title (kept in English, as the document reads), so its document says which language to answer in.
 */
export const keptTitleAnswers = (kept: string | undefined): kept is string =>
  kept !== undefined && kept !== FALLBACK_TITLE;

// New stages, lanes and cards are the map's content: their first words ("Neue Karte", "Phase 4", a lane's standard
// name) are in the map's language, also for someone whose interface speaks the other one.
import { LANGUAGES, type Language } from "../../i18n";

/**
 * The language of the words a new stage, lane or card starts with: the map's, or undefined for a map in a language
 * the interface has no words for (or none), which then gets the interface's.
 */
export function contentLanguage(mapLanguage: string | undefined): Language | undefined {
  const primary = mapLanguage?.split("-")[0]?.toLowerCase();
  return LANGUAGES.find((l) => l === primary);
}

/** The options that word a new stage's, lane's or card's first text in the map's language, where there is one. */
export function inMapLanguage(mapLanguage: string | undefined): { lng?: Language } {
  const lng = contentLanguage(mapLanguage);
  return lng ? { lng } : {};
}

// Languages written by name where the map wants a BCP 47 tag ("German" or "Deutsch" for de): the names people
// most likely write in an English or German file, in English, German and the language itself.
const NAMES: Record<string, readonly string[]> = {
  de: ["german", "deutsch"],
  en: ["english", "englisch"],
  fr: ["french", "französisch", "franzoesisch", "français", "francais"],
  es: ["spanish", "spanisch", "español", "espanol"],
  it: ["italian", "italienisch", "italiano"],
  nl: ["dutch", "niederländisch", "niederlaendisch", "nederlands"],
  pt: ["portuguese", "portugiesisch", "português", "portugues"],
  pl: ["polish", "polnisch", "polski"],
  sv: ["swedish", "schwedisch", "svenska"],
  da: ["danish", "dänisch", "daenisch", "dansk"],
  tr: ["turkish", "türkisch", "tuerkisch", "türkçe", "turkce"],
};

const TAG_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMES).flatMap(([tag, names]) => names.map((name) => [name, tag] as const)),
);

/** The tag of a language written by its name (any letter case, spaces around it), or undefined. */
export function tagOfLanguageName(value: string): string | undefined {
  return TAG_OF.get(value.trim().normalize("NFC").toLowerCase());
}

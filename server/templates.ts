// Looks up a map template by id in the language asked for (a fresh copy each time, so maps never share ids; in the
// Swiss spelling for de-CH and de-LI), and words the refusal of an id there is no template for: the ids there are,
// and the one most likely meant.
import { TEMPLATES, getTemplate } from "../src/templates";
import { meantTemplate } from "../src/templates/meantTemplate";
import type { Journey } from "../src/doc";

/** Swiss and Liechtenstein German write ss where German writes ß ("Grösse", "Strasse"): de-CH, de-LI, de-Latn-CH. */
const WRITES_SS = /^de-(?:[a-z]{4}-)?(?:ch|li)(?:-|$)/i;

/** Every text in a value, changed by `change`; the value's shape stays. */
function mapTexts<T>(value: T, change: (text: string) => string): T {
  if (typeof value === "string") return change(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapTexts(v, change)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTexts(v, change)])) as T;
  }
  return value;
}

/** The template in the map's language; `tag` is the map's own tag, so a Swiss German map gets the Swiss spelling. */
export function findTemplate(id: string, language: "en" | "de", tag: string = language): Journey | undefined {
  const journey = getTemplate(id, language);
  if (journey === undefined || language !== "de" || !WRITES_SS.test(tag)) return journey;
  return mapTexts(journey, (text) => text.replace(/ß/g, "ss").replace(/ẞ/g, "SS"));
}

const q = (s: string): string => JSON.stringify(s);

/** "a", "b" and "c" */
function listed(ids: readonly string[]): string {
  const quoted = ids.map(q);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1) ?? ""}`;
}

/** What people write for "no template" ("blank", "leer"): a blank map is a body without one. */
const BLANK = /^\s*(blank|empty|none|null|leer|leere\s*map|keine|ohne)\s*$/i;

/** The refusal of a template id there is no template for: the API's sentence and the issue at "template". */
export function unknownTemplate(written: string): { sentence: string; issue: string } {
  const known = listed(TEMPLATES.map((t) => t.id));
  const none = `There is no template ${q(written)}`;
  if (BLANK.test(written)) {
    const blank = 'for a blank map, leave "template" out';
    return {
      sentence: `${none}; ${blank}. The templates are ${known}.`,
      issue: `unknown template; ${blank}; the templates are ${known}`,
    };
  }
  const meant = meantTemplate(written);
  if (meant?.kind === "spelling") {
    return {
      sentence: `${none}; it is written ${q(meant.id)}. The templates are ${known}.`,
      issue: `unknown template; ${q(written)} is written ${q(meant.id)}; the templates are ${known}`,
    };
  }
  if (meant?.kind === "name") {
    return {
      sentence: `${none}; the template of that name is ${q(meant.id)}. The templates are ${known}.`,
      issue: `unknown template; the template named ${q(written)} is ${q(meant.id)}; the templates are ${known}`,
    };
  }
  if (meant?.kind === "close") {
    return {
      sentence: `${none}; did you mean ${q(meant.id)}? The templates are ${known}.`,
      issue: `unknown template; did you mean ${q(meant.id)}? The templates are ${known}`,
    };
  }
  return { sentence: `${none}. The templates are ${known}.`, issue: `unknown template; the templates are ${known}` };
}

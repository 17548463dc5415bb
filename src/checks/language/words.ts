// Unicode-aware word boundaries: JS \b is ASCII-only and breaks on German umlauts and ß.
/** Not preceded by a letter or digit. */
export const START = "(?<![\\p{L}\\p{N}])";
/** Not followed by a letter or digit. */
export const END = "(?![\\p{L}\\p{N}])";
/** At the start of a sentence or a list item, where a to-do starts: "Notify customer", „Kunden informieren“. */
export const SENTENCE_START = "(?<=(?:^|[.!?;:\\n•–—-])\\s*)";
/** One or more whitespace characters between words. */
export const SP = "\\s+";

/** Alternatives joined for a regex group; multi-word entries may use a plain space. */
export const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, "\\s+")).join("|");

/**
 * A whole word (or phrase); `compound` lets German compounds match: "before" accepts letters in
 * front (Schadensachbearbeiter), "after" behind (Vorgangsnummer), "both" either side.
 */
export function word(words: readonly string[], compound?: "before" | "after" | "both"): string {
  const before = compound === "before" || compound === "both" ? "\\p{L}*" : "";
  const after = compound === "after" || compound === "both" ? "\\p{L}*" : END;
  return `${START}${before}(?:${alt(words)})${after}`;
}

export const regex = (source: string) => new RegExp(source, "giu");

/**
 * The value `make` gives, made on first use. The pattern tables are: their regexes took 20 to 35 ms to build while a
 * page starts, before it could open its map, and the checks run only once the map is drawn.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * What a phrase says about who speaks, which decides whether a sentence worded as the customer excuses it:
 * - `jargon`: the company's inside (roles, units, systems, procedures), found wherever it stands;
 * - `term`: a company word customers meet and repeat (ticket, Vorgang, Regulierung), found only in a sentence
 *   without the customer as its subject;
 * - `subject`: the company, its staff or systems as the doer, the customer in the third person; found unless the
 *   customer spoke (or hoped: "Hopefully …", „Hoffentlich …“) first in the sentence ("I open the app and the system
 *   shows …");
 * - `passive`: a passive of company work ("is processed", „wird geprüft“); as `subject`, and not found in a question,
 *   which is the customer asking („Wann wird mein Paket zugestellt?“);
 * - `we`: "we"/„wir“ doing company work; as `subject`, and not found when the sentence shows the we is the
 *   customer (together, my wife, or calling the bank or the hotline without addressing a customer).
 */
export type Kind = "jargon" | "term" | "subject" | "passive" | "we";
/**
 * A regex and the kind of its phrases. `gate`, for the costly ones, looks at the text's lower-cased words and says
 * whether a match is possible at all: a text that fails it skips the regex (most texts, so the checks stay fast).
 */
export type Pattern = { re: RegExp; kind: Kind; gate?: (words: readonly string[]) => boolean };

/** A gate: some word ends in one of `stems` (German compounds: Kfz-Versicherung, Schadenabteilung). */
export const endingIn =
  (stems: readonly string[]) =>
  (words: readonly string[]): boolean =>
    words.some((w) => stems.some((s) => w.endsWith(s)));
/** A gate: some word is one of `list` (compared lower-cased). */
export function oneOf(list: readonly string[]): (words: readonly string[]) => boolean {
  const set = new Set(list.map((w) => w.toLowerCase()));
  return (words) => words.some((w) => set.has(w));
}
/** A gate that needs every one of `gates`, tried in order: put the cheap and rarely passed one first. */
export const allOf =
  (...gates: ((words: readonly string[]) => boolean)[]) =>
  (words: readonly string[]): boolean =>
    gates.every((g) => g(words));

/** The signs that tell the customer's voice from the company's, per language. */
export type Voice = {
  /**
   * The customer as the subject: I, ich; a hope (hopefully, hoffentlich); and a we that does customer things (we
   * need, wir warten).
   */
  customer: RegExp;
  /** Words that make every we in the sentence the customer: together, gemeinsam, my wife, unser Auto. */
  together: RegExp;
  /** The sentence speaks to or about a customer: you, your, Sie, Ihnen, den Kunden. */
  addressed: RegExp;
  /** The company seen from outside, as the customer's counterpart: the bank, die Versicherung, the hotline. */
  counterpart: RegExp;
};

/** "send" → "sends", "verify" → "verifies", "set up" → "sets up". */
export function thirdPerson(verb: string): string {
  const [head = "", ...rest] = verb.split(" ");
  const s = /[^aeiou]y$/.test(head)
    ? `${head.slice(0, -1)}ies`
    : /(?:s|x|z|ch|sh|o)$/.test(head)
      ? `${head}es`
      : `${head}s`;
  return [s, ...rest].join(" ");
}

const DOUBLED: Readonly<Record<string, string>> = {
  set: "setting",
  log: "logging",
  ship: "shipping",
  plan: "planning",
  transfer: "transferring",
  cancel: "cancelling",
  bill: "billing",
};

/** "send" → "sending", "issue" → "issuing", "set up" → "setting up". */
export function gerund(verb: string): string {
  const [head = "", ...rest] = verb.split(" ");
  const g =
    DOUBLED[head] ??
    (/ie$/.test(head)
      ? `${head.slice(0, -2)}ying`
      : /(?:[^aeiou]e|ue)$/.test(head) && !/ee$/.test(head)
        ? `${head.slice(0, -1)}ing`
        : `${head}ing`);
  return [g, ...rest].join(" ");
}

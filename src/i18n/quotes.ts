// Names quoted into sentences: the quotations a name holds itself become the language's inner marks, so that none nest
// („Ich bestelle ‚XL‘“ in German, “I order ‘XL’” in English, not „Ich bestelle „XL““). Plain code with no imports:
// the checks use it on the command line, and the editor's sentences through i18next (`innerQuotes` below).

export interface QuoteStyle {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

/** German: ‚…‘ inside „…“. */
export const GERMAN_QUOTES: QuoteStyle = { open: "„", close: "“", innerOpen: "‚", innerClose: "‘" };
/** English: ‘…’ inside “…”. */
export const ENGLISH_QUOTES: QuoteStyle = { open: "“", close: "”", innerOpen: "‘", innerClose: "’" };
/** Straight marks, as the checks write English for the command line too: '…' inside "…". */
export const STRAIGHT_QUOTES: QuoteStyle = { open: '"', close: '"', innerOpen: "'", innerClose: "'" };

/**
 * A pair of double quotation marks of any kind a title is typed with: „…“ or „…” (German), “…” (English), "…", »…«
 * and «…». A lone mark (My 27" screen) is no pair and stays.
 */
const PAIRS = /„([^„“”"\n]*)[“”]|“([^„“”"\n]*)”|"([^"„“”\n]*)"|»([^»«\n]*)«|«([^«»\n]*)»/g;

/** The text with the quotations it holds in the style's inner marks. */
export function withInnerQuotes(text: string, style: QuoteStyle): string {
  // String(): callers without types (a table of words called with sample figures) hand in numbers too.
  return String(text).replace(PAIRS, (_match, ...groups: unknown[]) => {
    const inside = groups.slice(0, 5).find((g): g is string => typeof g === "string") ?? "";
    return `${style.innerOpen}${inside}${style.innerClose}`;
  });
}

/** The text in the style's marks, its own quotations in the inner ones. */
export function quoted(text: string, style: QuoteStyle): string {
  return `${style.open}${withInnerQuotes(text, style)}${style.close}`;
}

/**
 * A sentence whose values stand in quotation marks (`„{{title}}“`, `“{{name}}”`, `"{{text}}"`) with each such value's
 * own quotations turned into the inner marks of the marks around it. A value not in marks (a sentence put into
 * another) stays as it is.
 */
export function innerQuotesOfValues(sentence: string, values: Readonly<Record<string, unknown>>): string {
  let result = sentence;
  for (const value of Object.values(values)) {
    if (typeof value !== "string" || !/[„“”"»«]/.test(value)) continue;
    for (const style of [GERMAN_QUOTES, ENGLISH_QUOTES, STRAIGHT_QUOTES]) {
      const plain = `${style.open}${value}${style.close}`;
      if (result.includes(plain)) result = result.split(plain).join(quoted(value, style));
    }
  }
  return result;
}

/** The i18next post-processor that applies `innerQuotesOfValues` to every translated sentence. */
export const innerQuotes = {
  type: "postProcessor" as const,
  name: "innerQuotes",
  process(value: string, _key: string | string[], options: Readonly<Record<string, unknown>> | undefined): string {
    // Guarded: i18next hands on whatever a key holds.
    return typeof value === "string" && options ? innerQuotesOfValues(value, options) : value;
  },
};

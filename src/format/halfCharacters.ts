// Strings that hold half of a character: a JSON escape such as "\ud83d" without its other half, as a tool that cuts
// a text after so many UTF-16 units leaves of an emoji. Such a string is no text (UTF-8 cannot hold it): the command
// line kept it while the server stored U+FFFD in its place, so it is refused at its path instead.
import { joinPath } from "./path";
import type { FormatIssue } from "./types";

/** A high surrogate without a low one after it, or a low one without a high one before it. */
const HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HALVES = new RegExp(HALF.source, "g");

const escape = (half: string) => `\\u${half.charCodeAt(0).toString(16)}`;

/** The first half character of `text` as JSON escapes it ("\ud83d"), or undefined when there is none. */
function halfIn(text: string): string | undefined {
  const found = HALF.exec(text)?.[0];
  return found === undefined ? undefined : escape(found);
}

/** The problem in the reader's language, with the half as JSON writes it. */
const MESSAGES: Record<"en" | "de", (escape: string) => string> = {
  en: (half) =>
    `holds half of a character (${half}), as when an emoji is cut in two; remove it or write the whole character`,
  de: (half) =>
    `enthält ein halbes Zeichen (${half}), wie wenn ein Emoji in der Mitte abgeschnitten wurde; entfernen Sie es oder schreiben Sie das ganze Zeichen`,
};

/**
 * Every string value and field name of `value` that holds half a character, each named by its path (a field name
 * by the path of its field); walked without recursion, in the file's order.
 */
export function halfCharacterIssues(value: unknown, language: "en" | "de" = "en"): FormatIssue[] {
  const message = MESSAGES[language];
  const out: FormatIssue[] = [];
  // Each place points at its parent, and a path is spelled out only for a problem: a value nested 100,000 levels
  // deep costs a walk, not a copy of its path at every level.
  type Place = { key: PropertyKey; parent: Place | undefined } | undefined;
  const pathOf = (place: Place, last?: string): string => {
    const parts: PropertyKey[] = last === undefined ? [] : [last];
    for (let p = place; p !== undefined; p = p.parent) parts.push(p.key);
    return joinPath(parts.reverse());
  };
  const stack: [unknown, Place][] = [[value, undefined]];
  while (stack.length > 0) {
    const [v, place] = stack.pop()!;
    if (typeof v === "string") {
      const half = halfIn(v);
      if (half !== undefined) out.push({ path: pathOf(place), message: message(half) });
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    const entries: [PropertyKey, unknown][] = Array.isArray(v) ? v.map((item, i) => [i, item]) : Object.entries(v);
    for (const [key, inner] of entries.reverse()) {
      const half = typeof key === "string" ? halfIn(key) : undefined;
      // A field name is written in its path with its half escaped, so the line itself is text.
      if (half !== undefined)
        out.push({ path: pathOf(place, String(key).replace(HALVES, escape)), message: message(half) });
      else stack.push([inner, { key, parent: place }]);
    }
  }
  return out;
}

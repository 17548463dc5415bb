// Whether a field that should name something (the journey owner, a stage's customer goal) names nothing.

/** Placeholders that stand for "nobody yet" or "not written yet", compared lower-cased without dots and spaces. */
const PLACEHOLDERS = new Set([
  "tbd",
  "tba",
  "tbc",
  "na",
  "n/a",
  "none",
  "nobody",
  "unknown",
  "todo",
  "xxx",
  "offen",
  "nochoffen",
  "unbekannt",
  "niemand",
  "keiner",
  "keine",
  "ka",
  // N. N. (nomen nominandum), the German org chart's "to be named"
  "nn",
]);

/**
 * True for a missing value, one without a letter or digit ("", "  ", "-", "?", "…", a zero-width space), and for a
 * placeholder ("TBD", "n/a", "offen", „k. A.“): a field filled in only to be filled in later still names nothing.
 */
export function isBlank(text: string | undefined): boolean {
  if (text === undefined || !/[\p{L}\p{N}]/u.test(text)) return true;
  return PLACEHOLDERS.has(text.toLowerCase().replace(/[\s.\-_]+/gu, ""));
}

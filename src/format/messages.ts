// Zod's own messages are for programmers ("Invalid input: expected int, received number"); these say what a
// person should put there. Messages a schema gives itself come first; these fill in where it gives none.
import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
const shown = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));
const count = (n: number | bigint, one: string, many: string) => `${String(n)} ${n === 1 || n === 1n ? one : many}`;

function wrongType(expected: string, input: unknown): string {
  switch (expected) {
    case "int":
      return "must be a whole number";
    case "number":
      // JSON has no Infinity or NaN, but 1e999 reads as Infinity.
      return typeof input === "number" ? "must be a finite number" : "must be a number";
    case "boolean":
      return "must be true or false";
    default:
      return `must be ${article(expected)}`;
  }
}

function tooBig(origin: string, maximum: number | bigint, inclusive: boolean): string {
  switch (origin) {
    case "string":
      return `must be at most ${count(maximum, "character", "characters")}`;
    case "array":
    case "set":
      return `may hold at most ${count(maximum, "item", "items")}`;
    default:
      return inclusive ? `must be at most ${String(maximum)}` : `must be less than ${String(maximum)}`;
  }
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean): string {
  switch (origin) {
    case "string":
      return minimum === 1 ? "must not be empty" : `must be at least ${count(minimum, "character", "characters")}`;
    case "array":
    case "set":
      return `must hold at least ${count(minimum, "item", "items")}`;
    default:
      return inclusive ? `must be at least ${String(minimum)}` : `must be more than ${String(minimum)}`;
  }
}

/** The per-parse error map: a person's sentence for every zod issue whose schema did not word it. */
export function defaultMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return wrongType(issue.expected, issue.input);
    case "too_big":
      return tooBig(issue.origin, issue.maximum, issue.inclusive ?? true);
    case "too_small":
      return tooSmall(issue.origin, issue.minimum, issue.inclusive ?? true);
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${shown(issue.values[0])}`
        : `must be one of ${issue.values.map(shown).join(", ")}`;
    case "invalid_format":
      return "is not written the way this field needs";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `has fields it may not have: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "matches none of the forms this field may take";
    case "invalid_key":
    case "invalid_element":
      return "holds a value it may not hold";
    case "custom":
      return "is not valid here";
    default:
      return "is not valid here";
  }
}

/**
 * The field a record has where `path` names a missing one, written in another case ("stageID" for "stageId",
 * "Title" for "title"), if there is exactly one.
 */
export function presentInOtherCase(root: unknown, path: readonly PropertyKey[]): string | undefined {
  const name = path.at(-1);
  if (typeof name !== "string") return undefined;
  let at: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (at === null || typeof at !== "object" || typeof key === "symbol") return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  if (at === null || typeof at !== "object" || Array.isArray(at)) return undefined;
  const found = Object.keys(at).filter((key) => key !== name && key.toLowerCase() === name.toLowerCase());
  return found.length === 1 ? found[0] : undefined;
}

/** Whether `path` names something the value has (a key with any value, null included, or an index). */
export function isPresent(root: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== "object" || typeof key === "symbol") return false;
    if (!Object.prototype.hasOwnProperty.call(at, key)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at !== undefined;
}

// Keys that could reach an object's prototype are dropped from anything read from outside, never merged: the same
// ones the document never copies.
import { FORBIDDEN_KEYS } from "../doc/readValues";

export { FORBIDDEN_KEYS };

/** The reviver for JSON.parse: returning undefined removes the key before any code sees it. */
export function stripForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/** A deep copy of a JSON-like value without forbidden keys (for values parsed by someone else). */
export function sanitizeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitizeValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!FORBIDDEN_KEYS.has(key)) out[key] = sanitizeValue(inner);
    }
    return out;
  }
  return value;
}

// The order a journey file writes each record's fields in: the format's own fields as their schema lists them, then
// any other field (an extension such as `x-crm`) by name. A map read again from its log can hold a record's fields
// in another order than the pages that wrote them, so without this two exports of the same map could differ in text.
import type { Journey } from "../doc";
import { JOURNEY_SHAPE, type RecordShape } from "./recordShapes";
import { FORBIDDEN_KEYS } from "./sanitize";

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function inOrder(value: Record<string, unknown>, order: RecordShape): Record<string, unknown> {
  const known = order.known;
  const others = Object.keys(value)
    .filter((key) => !known.has(key))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const key of [...order.keys, ...others]) {
    // A key that reaches for the prototype is never written (nor read: ./sanitize).
    if (!Object.prototype.hasOwnProperty.call(value, key) || FORBIDDEN_KEYS.has(key)) continue;
    const field = value[key];
    const object = order.one?.[key];
    const list = order.many?.[key];
    if (object && isPlain(field)) out[key] = inOrder(field, object);
    else if (list && Array.isArray(field)) out[key] = field.map((item) => (isPlain(item) ? inOrder(item, list) : item));
    else out[key] = field;
  }
  return out;
}

/** The journey with every record's fields in the file's order (the values themselves are the same objects). */
export function journeyInFieldOrder(journey: Journey): Journey {
  return inOrder(journey, JOURNEY_SHAPE) as Journey;
}

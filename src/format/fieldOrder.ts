// The order a journey file writes each record's fields in: the format's own fields as their schema lists them, then
// any other field (an extension such as `x-crm`) by name. A map read again from its log can hold a record's fields
// in another order than the pages that wrote them, so without this two exports of the same map could differ in text.
import {
  anchorSchema,
  cardSchema,
  commentSchema,
  connectionSchema,
  journeySchema,
  laneSchema,
  measurementSchema,
  observationSchema,
  personaSchema,
  replySchema,
  stageSchema,
  type Journey,
} from "../doc";
import { FORBIDDEN_KEYS } from "./sanitize";

interface Order {
  keys: readonly string[];
  /** A field holding one object of its own order. */
  objects?: Readonly<Record<string, Order>>;
  /** A field holding a list of objects of one order. */
  lists?: Readonly<Record<string, Order>>;
}

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);
const REASON: Order = { keys: ["reason"] };
const MEASUREMENT: Order = {
  keys: keysOf(measurementSchema),
  lists: { observations: { keys: keysOf(observationSchema) } },
};
const CARD: Order = {
  keys: keysOf(cardSchema),
  objects: { momentOfTruth: REASON, signatureInteraction: REASON, measurement: MEASUREMENT },
};
const COMMENT: Order = {
  keys: keysOf(commentSchema),
  objects: { anchor: { keys: keysOf(anchorSchema) } },
  lists: { replies: { keys: keysOf(replySchema) } },
};
const JOURNEY: Order = {
  keys: keysOf(journeySchema),
  objects: { persona: { keys: keysOf(personaSchema) } },
  lists: {
    stages: { keys: keysOf(stageSchema) },
    lanes: { keys: keysOf(laneSchema) },
    cards: CARD,
    connections: { keys: keysOf(connectionSchema) },
    comments: COMMENT,
  },
};

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function inOrder(value: Record<string, unknown>, order: Order): Record<string, unknown> {
  const known = new Set(order.keys);
  const others = Object.keys(value)
    .filter((key) => !known.has(key))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const key of [...order.keys, ...others]) {
    // A key that reaches for the prototype is never written (nor read: ./sanitize).
    if (!Object.prototype.hasOwnProperty.call(value, key) || FORBIDDEN_KEYS.has(key)) continue;
    const field = value[key];
    const object = order.objects?.[key];
    const list = order.lists?.[key];
    if (object && isPlain(field)) out[key] = inOrder(field, object);
    else if (list && Array.isArray(field)) out[key] = field.map((item) => (isPlain(item) ? inOrder(item, list) : item));
    else out[key] = field;
  }
  return out;
}

/** The journey with every record's fields in the file's order (the values themselves are the same objects). */
export function journeyInFieldOrder(journey: Journey): Journey {
  return inOrder(journey, JOURNEY) as Journey;
}

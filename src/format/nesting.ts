// How deep an unknown field may nest: a map keeps one only as deep as MAX_JSON_DEPTH (doc/readValues), so a deeper
// one is refused at its path instead of being dropped without a word on its way through the server, and a value
// deep enough to overflow a recursive copy (thousands of levels) never reaches one.
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
} from "../doc";
import { MAX_JSON_DEPTH } from "../doc/readValues";
import type { FormatIssue } from "./types";

export { MAX_JSON_DEPTH };

type Known = ReadonlySet<string>;
const keys = (schema: { shape: object }): Known => new Set(Object.keys(schema.shape));

/** A record of the format: its own fields, and the records it holds under some of them (one or a list). */
type Shape = { known: Known; one?: Record<string, Shape>; many?: Record<string, Shape> };

const REASON: Shape = { known: new Set(["reason"]) };
const MEASUREMENT: Shape = {
  known: keys(measurementSchema),
  many: { observations: { known: keys(observationSchema) } },
};
const CARD: Shape = {
  known: keys(cardSchema),
  one: { momentOfTruth: REASON, signatureInteraction: REASON, measurement: MEASUREMENT },
};
const COMMENT: Shape = {
  known: keys(commentSchema),
  one: { anchor: { known: keys(anchorSchema) } },
  many: { replies: { known: keys(replySchema) } },
};
const JOURNEY: Shape = {
  known: keys(journeySchema),
  one: { persona: { known: keys(personaSchema) } },
  many: {
    stages: { known: keys(stageSchema) },
    lanes: { known: keys(laneSchema) },
    cards: CARD,
    connections: { known: keys(connectionSchema) },
    comments: COMMENT,
  },
};
/** The file around the journey: every other top-level field is the file's own unknown field. */
const FILE: Shape = { known: new Set(["format", "version", "exportedAt", "journey"]), one: { journey: JOURNEY } };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Whether `value` holds more than `max` objects and arrays one inside the other; walked without recursion. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, above] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    const depth = above + 1;
    if (depth > max) return true;
    for (const inner of Array.isArray(v) ? v : Object.values(v)) {
      if (inner !== null && typeof inner === "object") stack.push([inner, depth]);
    }
  }
  return false;
}

function visit(record: Record<string, unknown>, shape: Shape, path: string, message: string, out: FormatIssue[]) {
  for (const [key, value] of Object.entries(record)) {
    const at = path === "" ? key : `${path}.${key}`;
    const one = shape.one?.[key];
    const many = shape.many?.[key];
    if (one !== undefined) {
      if (isRecord(value)) visit(value, one, at, message, out);
    } else if (many !== undefined) {
      if (Array.isArray(value))
        value.forEach((item, i) => {
          if (isRecord(item)) visit(item, many, `${at}[${i}]`, message, out);
        });
    } else if (!shape.known.has(key) && nestedDeeperThan(value, MAX_JSON_DEPTH)) {
      out.push({ path: at, message });
    }
  }
}

/**
 * Every unknown field of a file (at any level: the file's, the journey's, a card's, a reply's) whose value nests
 * more than MAX_JSON_DEPTH objects and arrays, each named by its path with `message`. Known fields are left to the
 * schema, which tells a wrong shape without descending into it.
 */
export function nestingIssues(file: Record<string, unknown>, message: string): FormatIssue[] {
  const out: FormatIssue[] = [];
  visit(file, FILE, "", message, out);
  return out;
}

// How deep an unknown field may nest: a map keeps one only as deep as MAX_JSON_DEPTH (doc/readValues), so a deeper
// one is refused at its path instead of being dropped without a word on its way through the server, and a value
// deep enough to overflow a recursive copy (thousands of levels) never reaches one.
import { MAX_JSON_DEPTH } from "../doc/readValues";
import { FILE_SHAPE, type RecordShape } from "./recordShapes";
import type { FormatIssue } from "./types";

export { MAX_JSON_DEPTH };

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

function visit(record: Record<string, unknown>, shape: RecordShape, path: string, message: string, out: FormatIssue[]) {
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
  visit(file, FILE_SHAPE, "", message, out);
  return out;
}

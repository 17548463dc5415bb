// Problems are listed in the order a person reads the file: top to bottom, record by record, field by field.
import { FILE_SHAPE, type RecordShape } from "./recordShapes";
import type { FormatIssue } from "./types";

/** Field order per parent: the name before a record's index (or the object's own name) picks the list. */
const FIELD_ORDER: Readonly<Record<string, readonly string[]>> = (() => {
  const table: Record<string, readonly string[]> = {};
  const add = (name: string, shape: RecordShape): void => {
    table[name] = shape.keys;
    for (const [field, inner] of Object.entries({ ...shape.one, ...shape.many })) add(field, inner);
  };
  add("", FILE_SHAPE);
  return table;
})();

/** `journey.cards[12].stageId` -> ["journey", "cards", 12, "stageId"] */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? "") : Number(m[2])));
}

function rankIn(parent: string, key: string): number {
  const i = FIELD_ORDER[parent]?.indexOf(key) ?? -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

function compareSegment(parent: string, a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return rankIn(parent, a) - rankIn(parent, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function inReadingOrder(issues: readonly FormatIssue[]): FormatIssue[] {
  const keyed = issues.map((issue) => ({ issue, key: segments(issue.path) }));
  keyed.sort((x, y) => {
    const n = Math.min(x.key.length, y.key.length);
    let parent = "";
    for (let i = 0; i < n; i++) {
      const a = x.key[i] ?? "";
      const c = compareSegment(parent, a, y.key[i] ?? "");
      if (c !== 0) return c;
      if (typeof a === "string") parent = a;
    }
    return x.key.length - y.key.length;
  });
  return keyed.map((k) => k.issue);
}

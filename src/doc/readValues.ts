// The values the snapshot takes from the document. Any client that may edit can write anything into the
// document (a stock y-websocket client, no op in between), so reading is where values are checked: a
// string too long is cut, an optional field with a wrong value is left out, and a record without a usable
// required field is left out as a whole. What is written here mirrors the record schemas in ./records
// (the importer's rules), by hand, because the snapshot is rebuilt after every transaction and a zod
// parse of every card costs too much; tests check the result against the importer.
//
// Objects nested in a record (a measurement, a persona) are immutable once in the document: a change
// writes a new object. A valid one is given to the snapshot as it is (as reading always did), so checking
// it allocates nothing; one that needs a repair is copied once, and the copy kept, keyed by the object.
import * as Y from "yjs";
import { MAX, hasIdCharacters } from "./records/limits";
import { isCalendarDate, isIsoDateTime } from "./records/dates";
import { isLanguageTag } from "./records/language";
import { tagOfLanguageName } from "./records/languageNames";
import { LANE_KINDS } from "./records/lane";
import { METRICS } from "./records/measurement";
import { ANCHOR_KINDS, ROLES } from "./records/comment";

/** Keys that could reach an object's prototype: never copied, and dropped by the format's sanitizer from files. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Values nested deeper than this in an unknown field are not kept: the field is left out. */
export const MAX_JSON_DEPTH = 32;

/** The record id rule of ./records/limits (idSchema): 1 to MAX.id letters, digits and _ . : - */
export const isId = (v: unknown): v is string =>
  typeof v === "string" && v.length >= 1 && v.length <= MAX.id && hasIdCharacters(v);

/**
 * At most `max` characters (code points, as the format's validator counts them: an emoji is one), never ending
 * between the two halves of a surrogate pair. Counting UTF-16 units instead cut a valid 200-character title with
 * emoji to some 170 on its way through the server.
 */
export function cut(s: string, max: number): string {
  // Never more characters than UTF-16 units: a string this short fits.
  if (s.length <= max) return s;
  let units = 0;
  let count = 0;
  for (const ch of s) {
    if (count === max) return s.slice(0, units);
    units += ch.length;
    count += 1;
  }
  return s;
}

/** Optional text (`text(max)`): a string, cut to `max`; anything else is left out. */
export const optionalText =
  (max: number) =>
  (v: unknown): string | undefined =>
    typeof v === "string" ? cut(v, max) : undefined;

/**
 * Required text (`requiredText(max)`, which trims before it measures): a string with more than whitespace.
 * It is kept as written when its trimmed form fits, and otherwise is its trimmed form cut to `max`.
 */
export const requiredText =
  (max: number) =>
  (v: unknown): string | undefined => {
    if (typeof v !== "string") return undefined;
    const trimmed = v.trim();
    if (trimmed === "") return undefined;
    const fitted = cut(trimmed, max);
    return fitted === trimmed ? v : fitted;
  };

const oneOf = <T extends string>(list: readonly T[]) => {
  const set: ReadonlySet<unknown> = new Set(list);
  return (v: unknown): T | undefined => (set.has(v) ? (v as T) : undefined);
};

export const finite = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** An emotion: a whole number from -2 to 2. */
export const emotion = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isInteger(v) && v >= -2 && v <= 2 ? v : undefined;

const bool = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);

/** A date and time as the format takes it (dateTimeSchema): bounded, then checked to exist. */
const dateTime = (v: unknown): string | undefined =>
  typeof v === "string" && v.length <= MAX.date && isIsoDateTime(v) ? v : undefined;

const calendarDate = (v: unknown): string | undefined =>
  typeof v === "string" && v.length <= MAX.date && isCalendarDate(v) ? v : undefined;

/**
 * The map's language: a tag as written, or the tag of a language written by its name ("Deutsch" reads as de, as
 * a map may hold from before the importer refused names); anything else is left out.
 */
export const languageTag = (v: unknown): string | undefined => {
  if (typeof v !== "string" || v.length > MAX.language) return undefined;
  return isLanguageTag(v) ? v : tagOfLanguageName(v);
};

export const laneKind = oneOf(LANE_KINDS);
const anchorKind = oneOf(ANCHOR_KINDS);
const role = oneOf(ROLES);
export const id = (v: unknown): string | undefined => (isId(v) ? v : undefined);

/** A plain object (not an array, a Yjs type, a typed array, a Date, a Map...). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return true;
  // An object whose prototype was set (a "__proto__" key read by a decoder): plain when it says so.
  return (
    !Array.isArray(v) &&
    !(v instanceof Y.AbstractType) &&
    !ArrayBuffer.isView(v) &&
    Object.prototype.toString.call(v) === "[object Object]"
  );
}

const NOT_JSON = Symbol("not JSON");

/**
 * Collects the fields of an object read from the document. As long as every field reads as it is
 * stored, nothing is allocated and the result is the object itself; at the first field that differs (cut,
 * repaired, left out) the fields so far are copied into a new object, which then collects the rest.
 */
class Collect {
  private out: Record<string, unknown> | undefined;
  constructor(
    private readonly source: Record<string, unknown>,
    private readonly keys: readonly string[],
  ) {
    // An object with a prototype of its own (a "__proto__" key read by a decoder) is always copied.
    if (Object.getPrototypeOf(source) !== Object.prototype) this.out = {};
  }

  /** The value the field at `index` of `keys` reads as; undefined leaves it out. */
  put(index: number, value: unknown): void {
    if (this.out === undefined) {
      const key = this.keys[index] as string;
      if (value !== undefined && value === this.source[key]) return;
      this.out = {};
      for (let j = 0; j < index; j++) {
        const before = this.keys[j] as string;
        this.out[before] = this.source[before];
      }
    }
    if (value !== undefined) this.out[this.keys[index] as string] = value;
  }

  get result(): Record<string, unknown> {
    return this.out ?? this.source;
  }
}

/** The same for a list: the list itself while every item reads as stored; items read as undefined are left out. */
class CollectList {
  private out: unknown[] | undefined;
  constructor(private readonly source: readonly unknown[]) {}

  put(index: number, value: unknown): void {
    if (this.out === undefined) {
      if (value !== undefined && value === this.source[index]) return;
      this.out = this.source.slice(0, index);
    }
    if (value !== undefined) this.out.push(value);
  }

  get result(): unknown[] {
    return this.out ?? (this.source as unknown[]);
  }
}

function cleanJson(v: unknown, depth: number): unknown {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : NOT_JSON;
    case "object": {
      if (v === null) return null;
      if (depth >= MAX_JSON_DEPTH) return NOT_JSON;
      if (Array.isArray(v)) {
        const list = new CollectList(v);
        for (let i = 0; i < v.length; i++) {
          const inner = cleanJson(v[i], depth + 1);
          if (inner === NOT_JSON) return NOT_JSON;
          list.put(i, inner);
        }
        return list.result;
      }
      if (!isPlainObject(v)) return NOT_JSON;
      const keys = Object.keys(v);
      const out = new Collect(v, keys);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const raw = v[key];
        if (FORBIDDEN_KEYS.has(key) || raw === undefined) {
          out.put(i, undefined); // what JSON.stringify leaves out too
          continue;
        }
        const inner = cleanJson(raw, depth + 1);
        if (inner === NOT_JSON) return NOT_JSON;
        out.put(i, inner);
      }
      return out.result;
    }
    default:
      return NOT_JSON;
  }
}

const jsonCache = new WeakMap<object, unknown>();

/**
 * An unknown field's value when it is plain JSON, without forbidden keys or a prototype of its own (a
 * copy only when that takes one), or undefined when it is not plain JSON (NaN, a Yjs type, binary data,
 * nested too deeply).
 */
export function jsonValue(v: unknown): unknown {
  if (typeof v !== "object" || v === null) {
    const clean = cleanJson(v, 0);
    return clean === NOT_JSON ? undefined : clean;
  }
  if (jsonCache.has(v)) return jsonCache.get(v);
  const clean = cleanJson(v, 0);
  const result = clean === NOT_JSON ? undefined : clean;
  jsonCache.set(v, result);
  return result;
}

/** How to read one field: its check, and whether the record is unusable without it. */
export interface Field {
  read: (v: unknown) => unknown;
  required?: boolean;
}
export type Fields = ReadonlyMap<string, Field>;

export const fields = (spec: Record<string, Field>): Fields => new Map(Object.entries(spec));

const requiredCount = new WeakMap<Fields, number>();
function countRequired(spec: Fields): number {
  let n = requiredCount.get(spec);
  if (n === undefined) {
    n = [...spec.values()].filter((f) => f.required === true).length;
    requiredCount.set(spec, n);
  }
  return n;
}

/** A field's value: through its check when the spec knows it, else kept when plain JSON; never a forbidden key. */
function fieldValue(field: Field | undefined, key: string, raw: unknown): unknown {
  if (field !== undefined) return field.read(raw);
  return FORBIDDEN_KEYS.has(key) ? undefined : jsonValue(raw);
}

/**
 * Reads a record's fields into `out` (which may already hold the id), in the order they come: known
 * fields through their checks, unknown ones kept when they are plain JSON. Keys in `skip` are not read.
 * Undefined when a required field is missing or unusable.
 */
export function readMapFields(
  record: Y.Map<unknown>,
  spec: Fields,
  out: Record<string, unknown>,
  skip?: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  let required = 0;
  let unusable = false;
  // forEach, not entries(): no iterator objects per field.
  record.forEach((raw, key) => {
    if (unusable || skip?.has(key)) return;
    const field = spec.get(key);
    const value = fieldValue(field, key, raw);
    if (value === undefined) unusable = field?.required === true;
    else {
      out[key] = value;
      if (field?.required) required++;
    }
  });
  return !unusable && required === countRequired(spec) ? out : undefined;
}

/** A plain object read field by field: the object itself when every field reads as it is stored. */
export function readObject(v: Record<string, unknown>, spec: Fields): Record<string, unknown> | undefined {
  const keys = Object.keys(v);
  const out = new Collect(v, keys);
  let required = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const field = spec.get(key);
    const value = fieldValue(field, key, v[key]);
    if (field?.required) {
      if (value === undefined) return undefined;
      required++;
    }
    out.put(i, value);
  }
  return required === countRequired(spec) ? out.result : undefined;
}

/** A nested object read with its field rules, or undefined when it is not a plain object. */
const objectOf =
  (spec: Fields) =>
  (v: unknown): Record<string, unknown> | undefined =>
    isPlainObject(v) ? readObject(v, spec) : undefined;

/** A list whose items are read one by one; unusable items are left out, and at most `max` are kept. */
function readList(v: unknown, item: (v: unknown) => unknown, max: number): unknown[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const list = new CollectList(v);
  const n = Math.min(v.length, max);
  for (let i = 0; i < n; i++) list.put(i, item(v[i]));
  const out = list.result;
  return out.length > max ? out.slice(0, max) : out;
}
const listOf =
  (item: (v: unknown) => unknown, max: number) =>
  (v: unknown): unknown[] | undefined =>
    readList(v, item, max);

/**
 * Reads a nested object at most once when it needs a repair: the repaired copy (or that it is unusable)
 * is kept by the object; a valid object is checked again on every read, which allocates nothing.
 */
function cachedBy(
  read: (v: Record<string, unknown>) => Record<string, unknown> | undefined,
): (v: unknown) => Record<string, unknown> | undefined {
  const repaired = new WeakMap<object, Record<string, unknown> | null>();
  return (v) => {
    if (typeof v !== "object" || v === null) return undefined;
    const hit = repaired.get(v);
    if (hit !== undefined) return hit ?? undefined;
    const result = isPlainObject(v) ? read(v) : undefined;
    if (result !== v) repaired.set(v, result ?? null);
    return result;
  };
}

// The measurement and its observations are on most touchpoint cards: read by hand, which is about twice
// as fast as through field tables (opening a map reads every one of them).
const METRIC_SET: ReadonlySet<unknown> = new Set(METRICS);
const MEASUREMENT_KINDS: ReadonlySet<unknown> = new Set(["performance", "brand"]);
const DIRECTIONS: ReadonlySet<unknown> = new Set(["higher", "lower"]);
const { name: NAME_MAX, text: TEXT_MAX, short: SHORT_MAX, observations: OBSERVATIONS_MAX } = MAX;

const unknownField = (key: string, raw: unknown): unknown => (FORBIDDEN_KEYS.has(key) ? undefined : jsonValue(raw));

function observation(v: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(v)) return undefined;
  const keys = Object.keys(v);
  const out = new Collect(v, keys);
  let date = false;
  let value = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const raw = v[key];
    switch (key) {
      case "date":
        if (calendarDate(raw) === undefined) return undefined;
        date = true;
        out.put(i, raw);
        break;
      case "value":
        if (finite(raw) === undefined) return undefined;
        value = true;
        out.put(i, raw);
        break;
      case "n":
        out.put(i, typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined);
        break;
      default:
        out.put(i, unknownField(key, raw));
    }
  }
  return date && value ? out.result : undefined;
}

const optionalString = (raw: unknown, max: number): string | undefined =>
  typeof raw === "string" ? cut(raw, max) : undefined;

function readMeasurement(v: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(v);
  const out = new Collect(v, keys);
  let hasMetric = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const raw = v[key];
    switch (key) {
      case "metric":
        if (!METRIC_SET.has(raw)) return undefined;
        hasMetric = true;
        out.put(i, raw);
        break;
      case "label":
      case "source":
      case "owner":
        out.put(i, optionalString(raw, NAME_MAX));
        break;
      case "question":
        out.put(i, optionalString(raw, TEXT_MAX));
        break;
      case "scale":
      case "frequency":
        out.put(i, optionalString(raw, SHORT_MAX));
        break;
      case "kind":
        out.put(i, MEASUREMENT_KINDS.has(raw) ? raw : undefined);
        break;
      case "direction":
        out.put(i, DIRECTIONS.has(raw) ? raw : undefined);
        break;
      case "target":
        out.put(i, finite(raw));
        break;
      case "observations":
        out.put(i, readList(raw, observation, OBSERVATIONS_MAX));
        break;
      default:
        out.put(i, unknownField(key, raw));
    }
  }
  return hasMetric ? out.result : undefined;
}

/** A card's measurement point; without a known metric it is left out. */
export const measurement = cachedBy(readMeasurement);

/** momentOfTruth and signatureInteraction: { reason }. */
const reasonFields = fields({ reason: { read: optionalText(MAX.text), required: true } });
export const reason = cachedBy((v) => readObject(v, reasonFields));

const textItem = optionalText(MAX.text);
const personaFields = fields({
  name: { read: optionalText(MAX.name) },
  segment: { read: optionalText(MAX.name) },
  goals: { read: listOf(textItem, MAX.items) },
  expectations: { read: listOf(textItem, MAX.items) },
});
export const persona = cachedBy((v) => readObject(v, personaFields));

const anchorFields = fields({
  kind: { read: anchorKind, required: true },
  id: { read: id },
  quote: { read: optionalText(MAX.title) },
});

/**
 * A comment's anchor. Without a known kind the comment is unusable; an anchor on a stage, lane or card
 * without a usable id is read as an anchor on the map (its quote kept), and a map anchor has no id.
 */
export function anchor(v: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(v)) return undefined;
  const result = readObject(v, anchorFields);
  if (result === undefined || (result.kind === "map") === (result.id === undefined)) return result;
  const { id: _id, ...rest } = result;
  return { ...rest, kind: "map" };
}

/** A reply, without its id's uniqueness (checked over the whole journey). */
export const reply = objectOf(
  fields({
    id: { read: id, required: true },
    author: { read: requiredText(MAX.short), required: true },
    role: { read: role },
    text: { read: requiredText(MAX.longText), required: true },
    createdAt: { read: dateTime, required: true },
    editedAt: { read: dateTime },
  }),
);

/** The comment schema's own limit on replies. */
export const MAX_REPLIES = 1000;

const commentFields = fields({
  id: { read: () => undefined }, // the key it is stored under is its id
  anchor: { read: anchor, required: true },
  author: { read: requiredText(MAX.short), required: true },
  role: { read: role },
  text: { read: requiredText(MAX.longText), required: true },
  createdAt: { read: dateTime, required: true },
  editedAt: { read: dateTime },
  resolved: { read: bool, required: true },
  replies: { read: listOf(reply, MAX_REPLIES) },
});
const commentCache = new WeakMap<object, { key: string; value: Record<string, unknown> | undefined }>();

/**
 * A comment stored under `key` in the comments document; its id is that key. Replies that are not a list
 * read as none. Reply ids are not yet checked for uniqueness.
 */
export function comment(key: string, v: unknown): Record<string, unknown> | undefined {
  if (!isId(key) || !isPlainObject(v)) return undefined;
  const hit = commentCache.get(v);
  if (hit !== undefined && hit.key === key) return hit.value;
  const read = readObject(v, commentFields);
  const value = read === undefined ? undefined : { id: key, ...read, replies: read.replies ?? [] };
  commentCache.set(v, { key, value });
  return value;
}

// The only place that knows the Yjs shapes: root names, the schema version and typed accessors.
//
// The map document holds five root Y.Maps of the map (ROOTS), and one of notes about deletions
// (DELETIONS_SEEN_ROOT). Each record is a Y.Map keyed by field, so concurrent
// edits of different fields merge; order is a fractional-index string in the `rank` field, so
// concurrent moves merge too. Comments live in a second document the server writes.
import * as Y from "yjs";

export const SCHEMA_VERSION = 1;

/** Origin of every local user edit; the undo manager tracks this origin only. */
export const LOCAL = Symbol("outside-in/local");
/** Origin of loads, migrations and other writes that must not be undone by the user. */
export const SYSTEM = Symbol("outside-in/system");

export const ROOTS = {
  meta: "meta",
  stages: "stages",
  lanes: "lanes",
  cards: "cards",
  connections: "connections",
} as const;
export const COMMENTS_ROOT = "comments";
/**
 * What a page that deleted cards, stages, lanes or paths had seen of them (./ops/deletionSeen.ts). A root of its own,
 * not one of ROOTS: the snapshot, the export and undo never see it, and pages that do not know it leave it alone.
 */
export const DELETIONS_SEEN_ROOT = "deletionsSeen";

/** Field names that exist only in the document, never in the JSON format. */
export const RANK = "rank";

export type RecordMap = Y.Map<unknown>;
export type Collection = Y.Map<RecordMap>;
export type CollectionName = Exclude<keyof typeof ROOTS, "meta">;

export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOTS.meta);
export const collection = (doc: Y.Doc, name: CollectionName): Collection => doc.getMap(ROOTS[name]);
export const commentsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(COMMENTS_ROOT);

/**
 * The records of a collection with their ids (keys). Anything else another client stored in it (not a Y.Map)
 * is left out, as the snapshot leaves it out (./read).
 */
export function recordEntries(coll: Collection): [string, RecordMap][] {
  const out: [string, RecordMap][] = [];
  for (const [id, record] of coll.entries() as IterableIterator<[string, unknown]>) {
    if (record instanceof Y.Map) out.push([id, record as RecordMap]);
  }
  return out;
}

/** The records of a collection, unsorted; see recordEntries. */
export const recordsOf = (coll: Collection): RecordMap[] => recordEntries(coll).map(([, record]) => record);

/** A record of a collection; anything else another client stored under that id (not a Y.Map) is none. */
export function getRecord(doc: Y.Doc, name: CollectionName, id: string): RecordMap | undefined {
  const record: unknown = collection(doc, name).get(id);
  return record instanceof Y.Map ? (record as RecordMap) : undefined;
}

/** Builds a record Y.Map from plain fields, dropping undefined values. */
export function toRecordMap(fields: Record<string, unknown>): RecordMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Writes a patch into a record: undefined removes the field, anything else replaces it. */
export function applyPatch(record: RecordMap, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (key === "id") continue;
    if (value === undefined) record.delete(key);
    else record.set(key, value);
  }
}

/** All records of a collection as [rank, id, map], sorted by rank and then id (ties are concurrent inserts). */
export function sortedRecords(coll: Collection): RecordMap[] {
  const list = recordsOf(coll);
  list.sort((a, b) => compareRank(a, b));
  return list;
}

export function rankOf(record: RecordMap): string {
  const r = record.get(RANK);
  return typeof r === "string" ? r : "";
}

export function compareRank(a: RecordMap, b: RecordMap): number {
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  const ia = String(a.get("id"));
  const ib = String(b.get("id"));
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

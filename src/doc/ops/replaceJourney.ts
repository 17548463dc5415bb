// Makes a document read as a given journey with the fewest changes (restoring a version in place): records kept
// by id are updated field by field (so selections and comments on them survive), missing ones deleted, new ones
// added, each list in the journey's order. What the journey's records are stored as comes from the import itself
// (loadJourney into a scratch document), so there is one writer of a journey's shape.
import * as Y from "yjs";
import { LOCAL, RANK, collection, metaMap, toRecordMap, type CollectionName, type RecordMap } from "../schema";
import { loadJourney } from "../load";
import { rankBetween, ranksBetween } from "../rank";
import type { Journey } from "../records/journey";

const COLLECTIONS: readonly CollectionName[] = ["stages", "lanes", "cards", "connections"];

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
}

/** Writes `fields` into a Y.Map: keys it lacks are deleted, values that differ replaced, equal ones left alone. */
function patchMap(target: Y.Map<unknown>, fields: ReadonlyMap<string, unknown>): void {
  for (const key of [...target.keys()]) if (!fields.has(key)) target.delete(key);
  for (const [key, value] of fields) if (!sameValue(target.get(key), value)) target.set(key, copy(value));
}

const isUsableRank = (rank: unknown): rank is string => {
  if (typeof rank !== "string" || rank === "") return false;
  try {
    rankBetween(rank, undefined);
    return true;
  } catch {
    return false;
  }
};

/**
 * The indexes of the longest run of strictly increasing ranks (undefined ranks take no part): those records keep
 * their rank, so a list in the same order changes no rank, and a move changes the moved record's only.
 */
function longestIncreasing(ranks: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((rank, i) => {
    if (rank === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranks[tails[mid]!] ?? "") < rank) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/** Ranks for records in this order: the current ones where they stay in order, new ones between them. */
function ranksInOrder(current: readonly (string | undefined)[]): string[] {
  const usable = current.map((r) => (isUsableRank(r) ? r : undefined));
  const kept = longestIncreasing(usable);
  const out: string[] = new Array<string>(current.length);
  let i = 0;
  while (i < current.length) {
    if (kept.has(i)) {
      out[i] = usable[i]!;
      i++;
      continue;
    }
    let j = i;
    while (j < current.length && !kept.has(j)) j++;
    const fresh = ranksBetween(i > 0 ? out[i - 1] : undefined, j < current.length ? usable[j] : undefined, j - i);
    for (let k = i; k < j; k++) out[k] = fresh[k - i]!;
    i = j;
  }
  return out;
}

interface Wanted {
  id: string;
  fields: Map<string, unknown>;
  rank: string;
}

/** The records of a collection in the scratch document, in order, grouped as the order applies (cards by cell). */
function wantedGroups(scratch: Y.Doc, name: CollectionName): Wanted[][] {
  const records = [...collection(scratch, name).entries()].map(([id, record]) => {
    const fields = new Map(record.entries());
    const rank = String(fields.get(RANK) ?? "");
    fields.delete(RANK);
    return { id, fields, rank };
  });
  records.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (name !== "cards") return [records];
  const cells = new Map<string, Wanted[]>();
  for (const r of records) {
    const cell = `${String(r.fields.get("stageId"))}\u0000${String(r.fields.get("laneId"))}`;
    const list = cells.get(cell) ?? [];
    list.push(r);
    cells.set(cell, list);
  }
  return [...cells.values()];
}

function replaceCollection(doc: Y.Doc, scratch: Y.Doc, name: CollectionName): void {
  const target = collection(doc, name);
  const groups = wantedGroups(scratch, name);
  const wantedIds = new Set(groups.flat().map((w) => w.id));
  for (const id of [...target.keys()]) if (!wantedIds.has(id)) target.delete(id);
  for (const group of groups) {
    const existing = group.map((w) => {
      const record: unknown = target.get(w.id);
      return record instanceof Y.Map ? (record as RecordMap) : undefined;
    });
    const ranks = ranksInOrder(existing.map((r) => (r === undefined ? undefined : (r.get(RANK) as string))));
    group.forEach((w, i) => {
      const fields = new Map(w.fields);
      fields.set(RANK, ranks[i]);
      const record = existing[i];
      if (record) patchMap(record, fields);
      else target.set(w.id, toRecordMap(copy(Object.fromEntries(fields))));
    });
  }
}

/**
 * Makes `doc` read back as `journey` (a validated one; its comments are not the map document's) in one transaction
 * with `origin`, changing only what differs.
 */
export function replaceJourney(doc: Y.Doc, journey: Journey, origin: unknown = LOCAL): void {
  const scratch = new Y.Doc();
  try {
    loadJourney(scratch, journey);
    doc.transact(() => {
      patchMap(metaMap(doc), new Map(metaMap(scratch).entries()));
      for (const name of COLLECTIONS) replaceCollection(doc, scratch, name);
    }, origin);
  } finally {
    scratch.destroy();
  }
}

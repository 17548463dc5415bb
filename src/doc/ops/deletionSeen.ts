// What a page that deletes cards, stages, lanes or paths had seen of them, written into the map document with the
// deletion: a Yjs deletion carries no state vector, so without it a page whose saved change went with the record
// could only guess by time whether the deleter had it (src/store/unseenEdits.ts).
//
// One note per deletion (a stage with its cards and their paths is one), in a root map of its own
// (DELETIONS_SEEN_ROOT: the snapshot, the export and undo never see it). It names the deleted records by their Yjs
// items and holds, for every other page (Yjs client) that wrote into them (any value of any field, earlier values
// too, and anything nested), the highest clock of that page the deleter had: a change of that page was in front of
// the deleter exactly when its clock is at most that (Yjs applies a page's changes in clock order only). Notes older
// than an hour go when the next one is written, and there are never more than MAX_DELETION_NOTES.
import * as Y from "yjs";
import { DELETIONS_SEEN_ROOT, type RecordMap } from "../schema";

/** How long a note is kept: as long as a page remembers a saved change of its own that a deletion may still meet. */
export const DELETIONS_SEEN_KEPT_FOR_MS = 60 * 60_000;

/** The most notes kept at once (the oldest go first): a deletion whose note went is judged by time again. */
export const MAX_DELETION_NOTES = 2000;

/** How many Yjs items one deletion looks at to find who wrote into its records; past it, a writer may be left out. */
const MAX_ITEMS = 200_000;

/** One deletion's note, as stored. */
export interface DeletionSeen {
  /** When it was written, on the deleting page's clock (ms). */
  at: number;
  /** Per page that wrote into the deleted records (its client id as text): the highest clock of it the deleter had. */
  seen: Record<string, number>;
  /** The deleted records' Yjs items: client and clock, one pair after the other. */
  records: number[];
}

/** The note a transaction is writing: a deletion that takes more records along adds them to the same note. */
const writing = new WeakMap<
  Y.Transaction,
  { key: string; note: DeletionSeen; clients: Set<number>; records: Set<RecordMap> }
>();

/** The root of the notes; undefined when code in this process made it as another type (then nothing is noted). */
function notesOf(doc: Y.Doc): Y.Map<unknown> | undefined {
  try {
    return doc.getMap(DELETIONS_SEEN_ROOT);
  } catch {
    return undefined;
  }
}

/** Adds every page that wrote anything into `type` (or into what it holds) to `into`. */
function writersInto(type: Y.AbstractType<unknown>, into: Set<number>, budget: { left: number }): void {
  const visit = (item: Y.Item): void => {
    into.add(item.id.client);
    budget.left -= 1;
    if (item.content instanceof Y.ContentType) writersInto(item.content.type, into, budget);
  };
  // A field's earlier values stand left of its value (overwritten ones too, their content dropped but not their id).
  for (const latest of type._map.values()) {
    for (let at: Y.Item | null = latest; at !== null && budget.left > 0; at = at.left) visit(at);
  }
  for (let at = type._start; at !== null && budget.left > 0; at = at.right) visit(at);
}

const atOf = (value: unknown): number | undefined => {
  if (value === null || typeof value !== "object") return undefined;
  const at: unknown = (value as { at?: unknown }).at;
  return typeof at === "number" && Number.isFinite(at) ? at : undefined;
};

/**
 * Drops the notes older than DELETIONS_SEEN_KEPT_FOR_MS (or as far ahead: a wrong clock), those that do not read as
 * notes, and the oldest past MAX_DELETION_NOTES.
 */
function prune(notes: Y.Map<unknown>, now: number): void {
  const kept: [string, number][] = [];
  const gone: string[] = [];
  for (const [key, value] of notes.entries()) {
    const at = atOf(value);
    if (at === undefined || Math.abs(now - at) > DELETIONS_SEEN_KEPT_FOR_MS) gone.push(key);
    else kept.push([key, at]);
  }
  // Room for the note about to be written.
  if (kept.length >= MAX_DELETION_NOTES) {
    kept.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    for (const [key] of kept.slice(0, kept.length - MAX_DELETION_NOTES + 1)) gone.push(key);
  }
  for (const key of gone) notes.delete(key);
}

/**
 * Notes what this page has seen of `records`, which it is about to delete in the current transaction (call it
 * before deleting them). A deletion that takes more records along calls it again: they join the same note.
 */
export function noteDeletion(doc: Y.Doc, records: readonly (RecordMap | undefined)[], now: number = Date.now()): void {
  const transaction = doc._transaction;
  const open = transaction === null ? undefined : writing.get(transaction);
  const items = new Set(
    records.filter(
      (r): r is RecordMap => r !== undefined && r._item !== null && !r._item.deleted && open?.records.has(r) !== true,
    ),
  );
  if (items.size === 0) return;
  const notes = notesOf(doc);
  if (notes === undefined) return;
  let note = open;
  if (note === undefined) {
    prune(notes, now);
    const key = `${doc.clientID}.${Y.getState(doc.store, doc.clientID)}`;
    note = { key, note: { at: now, seen: {}, records: [] }, clients: new Set(), records: new Set() };
    if (transaction !== null) writing.set(transaction, note);
  }
  const budget = { left: MAX_ITEMS };
  for (const record of items) {
    const { client, clock } = record._item!.id;
    note.records.add(record);
    note.clients.add(client);
    note.note.records.push(client, clock);
    writersInto(record as unknown as Y.AbstractType<unknown>, note.clients, budget);
  }
  const seen: Record<string, number> = {};
  for (const client of note.clients) {
    // What this page wrote itself it has: nobody needs to be told.
    if (client !== doc.clientID) seen[String(client)] = Y.getState(doc.store, client) - 1;
  }
  note.note.seen = seen;
  // A copy: Yjs keeps the object it is given, and the note may still grow in this transaction.
  notes.set(note.key, { at: note.note.at, seen: { ...seen }, records: [...note.note.records] });
}

const isClock = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

/** A note as stored, if it reads as one. */
function readNote(value: unknown): DeletionSeen | undefined {
  const at = atOf(value);
  if (at === undefined) return undefined;
  const { seen, records } = value as { seen?: unknown; records?: unknown };
  if (seen === null || typeof seen !== "object" || Array.isArray(seen) || !Array.isArray(records)) return undefined;
  const clocks: Record<string, number> = {};
  for (const [client, clock] of Object.entries(seen as Record<string, unknown>)) {
    if (/^\d{1,16}$/.test(client) && isClock(clock)) clocks[client] = clock;
  }
  const pairs = (records as unknown[]).filter(isClock);
  if (pairs.length !== records.length || pairs.length % 2 !== 0) return undefined;
  return { at, seen: clocks, records: pairs };
}

/** The key of a record's Yjs item in readDeletionsSeen. */
export const itemKey = (id: Y.ID): string => `${id.client}:${id.clock}`;

/**
 * What the pages that deleted records had seen of them, by the deleted record's Yjs item (itemKey): one entry per
 * page that noted deleting it (two may have deleted it at the same moment). A record deleted by a page that writes
 * no notes (an older one) has none.
 */
export function readDeletionsSeen(doc: Y.Doc): Map<string, Readonly<Record<string, number>>[]> {
  const byRecord = new Map<string, Readonly<Record<string, number>>[]>();
  const notes = notesOf(doc);
  if (notes === undefined) return byRecord;
  for (const value of notes.values()) {
    const note = readNote(value);
    if (note === undefined) continue;
    for (let i = 0; i < note.records.length; i += 2) {
      const key = `${note.records[i]}:${note.records[i + 1]}`;
      const list = byRecord.get(key);
      if (list === undefined) byRecord.set(key, [note.seen]);
      else list.push(note.seen);
    }
  }
  return byRecord;
}

/** Whether a deleter that had `seen` had the change a page (`client`) made at `clock`. */
export const hadChange = (seen: Readonly<Record<string, number>>, client: number, clock: number): boolean =>
  (seen[String(client)] ?? -1) >= clock;

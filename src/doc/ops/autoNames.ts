// Stages and lanes named by Add stage or Add lane (Stage 4, Phase 4; Pain points, Pain points 2): two people adding
// one at the same moment each pick the same name, so once both adds have met, the later one takes the next number.
//
// The document tells an automatic name from a typed one by a note per stage or lane in a root map of its own (not one
// of the journey's roots: the snapshot, the export and undo never see it). The note holds the name the record was
// given, its number and the words around the number; a record whose name is no longer that name (renamed by someone)
// is never renumbered.
import * as Y from "yjs";
import { LOCAL, SYSTEM, collection, compareRank, rankOf, recordEntries, sortedRecords, toRecordMap } from "../schema";
import { stageSchema } from "../records/stage";
import { laneSchema, type LaneKind } from "../records/lane";
import { newId } from "../ids";
import { rankAtIndex } from "../rank";
import { parseOrThrow } from "./validate";

/** The collections whose new records are named automatically. */
export type AutoNamed = "stages" | "lanes";

/** The root maps of the notes: record id -> { name, n, before?, after? }. */
export const AUTO_NAME_NOTES: Readonly<Record<AutoNamed, string>> = {
  stages: "numberedStages",
  lanes: "numberedLanes",
};

/** The name of number `n`: `before`, n, `after` (number 1 of a lane kind stands without its number). */
interface Note {
  name: string;
  n: number;
  before?: string;
  after?: string;
}

const notesOf = (doc: Y.Doc, of: AutoNamed): Y.Map<unknown> => doc.getMap(AUTO_NAME_NOTES[of]);

function noteOf(doc: Y.Doc, of: AutoNamed, id: string): Note | undefined {
  const note: unknown = notesOf(doc, of).get(id);
  if (note === null || typeof note !== "object") return undefined;
  const { name, n, before, after } = note as Record<string, unknown>;
  if (typeof name !== "string" || typeof n !== "number" || !Number.isSafeInteger(n)) return undefined;
  return typeof before === "string" && typeof after === "string" ? { name, n, before, after } : { name, n };
}

const nameOfRecord = (record: Y.Map<unknown>): string => {
  const name = record.get("name");
  return typeof name === "string" ? name : "";
};

/** `name` split around its number `n` (the last place it stands), or undefined when it holds no `n`. */
function around(name: string, n: number): { before: string; after: string } | undefined {
  const at = name.lastIndexOf(String(n));
  return at < 0 ? undefined : { before: name.slice(0, at), after: name.slice(at + String(n).length) };
}

/** The words around a noted record's number (notes written before lanes were numbered hold none: its name has). */
function wordsOf(note: Note): { before: string; after: string } | undefined {
  const { before, after } = note;
  return before !== undefined && after !== undefined ? { before, after } : around(note.name, note.n);
}

/**
 * Adds a record named `nameOf(n)` with the first number n from `from(number of records)` that no record of the
 * collection is named with yet, and notes that its name was given, not typed. Returns its id.
 */
function addAutoNamed(
  doc: Y.Doc,
  of: AutoNamed,
  nameOf: (n: number) => string,
  fields: { from: (count: number) => number; kind?: LaneKind; index?: number | undefined },
): string {
  const coll = collection(doc, of);
  const records = sortedRecords(coll);
  const taken = new Set(records.map(nameOfRecord));
  let n = fields.from(records.length);
  // Bounded: a name without its number (a translation that lost it) would otherwise be looked for forever.
  for (let tries = 0; taken.has(nameOf(n)) && tries < taken.size; tries++) n += 1;
  const name = nameOf(n);
  // Number 1 may stand without its number ("Pain points"): the words around a number come from number 2's name.
  const words = around(nameOf(Math.max(n, 2)), Math.max(n, 2));
  const id = newId(of === "stages" ? "st" : "ln");
  const record =
    of === "stages"
      ? parseOrThrow(stageSchema, { id, name }, "stage")
      : parseOrThrow(laneSchema, { id, name, kind: fields.kind }, "lane");
  const ranks = records.map(rankOf);
  doc.transact(() => {
    coll.set(id, toRecordMap({ ...record, rank: rankAtIndex(ranks, fields.index ?? ranks.length) }));
    notesOf(doc, of).set(id, { name, n, ...words });
  }, LOCAL);
  return id;
}

/**
 * Adds a stage named `nameOf(n)` with the next number n that no stage is named with yet (after Stage 2 of three
 * was deleted, the new one is Stage 4). Returns its id.
 */
export function addNumberedStage(doc: Y.Doc, nameOf: (n: number) => string, args: { index?: number } = {}): string {
  return addAutoNamed(doc, "stages", nameOf, { from: (count) => count + 1, index: args.index });
}

/**
 * Adds a lane of `kind` named `name`, or `name 2`, `name 3` … when a lane is named so already (a second Pain points
 * lane). Returns its id.
 */
export function addNumberedLane(doc: Y.Doc, args: { name: string; kind: LaneKind; index?: number }): string {
  const nameOf = (n: number): string => (n === 1 ? args.name : `${args.name} ${n}`);
  return addAutoNamed(doc, "lanes", nameOf, { from: () => 1, kind: args.kind, index: args.index });
}

/** Forgets that a stage's or lane's name was given: it was renamed (callers run inside a transaction). */
export function forgetAutoName(doc: Y.Doc, of: AutoNamed, id: string): void {
  const notes = notesOf(doc, of);
  if (notes.has(id)) notes.delete(id);
}

interface Rename {
  id: string;
  record: Y.Map<unknown>;
  note: Note;
}

/** The renames that give each automatically named record of `of` a name no record before it has. */
function renamesOf(doc: Y.Doc, of: AutoNamed): Rename[] {
  if (notesOf(doc, of).size === 0) return [];
  const entries = recordEntries(collection(doc, of)).sort(([, a], [, b]) => compareRank(a, b));
  const records = entries.map(([, record]) => record);
  const named = entries.flatMap(([id, record]) => {
    const note = noteOf(doc, of, id);
    return note !== undefined && note.name === nameOfRecord(record) ? [{ id, record, note }] : [];
  });
  if (named.length === 0) return [];
  const keep = new Set(named.map((s) => s.record));
  const taken = new Set(records.filter((r) => !keep.has(r)).map(nameOfRecord));
  const all = new Set(records.map(nameOfRecord));
  const renames: Rename[] = [];
  for (const { id, record, note } of named) {
    if (!taken.has(note.name)) {
      taken.add(note.name);
      continue;
    }
    const words = wordsOf(note);
    if (words === undefined) continue;
    const nameWith = (m: number): string => `${words.before}${m}${words.after}`;
    let m = note.n + 1;
    while (all.has(nameWith(m))) m += 1;
    const name = nameWith(m);
    taken.add(name);
    all.add(name);
    renames.push({ id, record, note: { name, n: m, ...words } });
  }
  return renames;
}

/**
 * Gives each automatically named stage or lane whose name another one before it already has (two people added Stage
 * 4, or a Pain points lane, at the same moment) the next number none has. Every peer works out the same names from
 * the same document, and each writes only the records it added itself, so a colleague's work never enters my stage
 * or lane (and my undo of the add still takes it back). Names someone typed are never changed. Not undoable; returns
 * the ids of the records renamed. An editor's page runs it whenever a colleague's change arrives, like
 * rehomeOrphanCards.
 */
export function renumberAutoNames(doc: Y.Doc): string[] {
  const mine = (["stages", "lanes"] as const).flatMap((of) =>
    renamesOf(doc, of)
      .filter(({ record }) => record._item?.id.client === doc.clientID)
      .map((rename) => ({ of, ...rename })),
  );
  if (mine.length === 0) return [];
  doc.transact(() => {
    for (const { of, id, record, note } of mine) {
      record.set("name", note.name);
      notesOf(doc, of).set(id, note);
    }
  }, SYSTEM);
  return mine.map(({ id }) => id);
}

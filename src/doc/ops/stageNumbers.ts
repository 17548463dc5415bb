// Stages named with a number (Stage 4, Phase 4) by Add stage: two people adding one at the same moment each pick
// the same next number, so once both adds have met, the later stage takes the next free number.
//
// The document tells a numbered name from a typed one by a note per stage in a root map of its own (not one of the
// journey's roots: the snapshot, the export and undo never see it). The note holds the name the stage was given
// and its number; a stage whose name is no longer that name (renamed by someone) is never renumbered.
import * as Y from "yjs";
import { LOCAL, SYSTEM, collection, compareRank, rankOf, recordEntries, sortedRecords, toRecordMap } from "../schema";
import { stageSchema } from "../records/stage";
import { newId } from "../ids";
import { rankAtIndex } from "../rank";
import { parseOrThrow } from "./validate";

/** The root map of the notes: stage id -> { name, n }. */
export const NUMBERED_STAGES = "numberedStages";

interface Note {
  name: string;
  n: number;
}

const notesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(NUMBERED_STAGES);

function noteOf(doc: Y.Doc, id: string): Note | undefined {
  const note: unknown = notesOf(doc).get(id);
  if (note === null || typeof note !== "object") return undefined;
  const { name, n } = note as Record<string, unknown>;
  return typeof name === "string" && typeof n === "number" && Number.isSafeInteger(n) ? { name, n } : undefined;
}

const nameOfRecord = (record: Y.Map<unknown>): string => {
  const name = record.get("name");
  return typeof name === "string" ? name : "";
};

/**
 * Adds a stage named `nameOf(n)` with the next number n that no stage is named with yet (after Stage 2 of three
 * was deleted, the new one is Stage 4), and notes that its name was numbered, not typed. Returns its id.
 */
export function addNumberedStage(doc: Y.Doc, nameOf: (n: number) => string, args: { index?: number } = {}): string {
  const coll = collection(doc, "stages");
  const records = sortedRecords(coll);
  const taken = new Set(records.map(nameOfRecord));
  let n = records.length + 1;
  while (taken.has(nameOf(n))) n += 1;
  const name = nameOf(n);
  const id = newId("st");
  const stage = parseOrThrow(stageSchema, { id, name }, "stage");
  const ranks = records.map(rankOf);
  doc.transact(() => {
    coll.set(id, toRecordMap({ ...stage, rank: rankAtIndex(ranks, args.index ?? ranks.length) }));
    notesOf(doc).set(id, { name, n });
  }, LOCAL);
  return id;
}

/** Forgets that a stage's name was numbered: it was renamed (callers run inside a transaction). */
export function forgetNumberedName(doc: Y.Doc, id: string): void {
  const notes = notesOf(doc);
  if (notes.has(id)) notes.delete(id);
}

/** `name` with its number `n` (the last place it stands) replaced by `m`, or undefined when it holds no `n`. */
function renumbered(name: string, n: number, m: number): string | undefined {
  const at = name.lastIndexOf(String(n));
  return at < 0 ? undefined : `${name.slice(0, at)}${m}${name.slice(at + String(n).length)}`;
}

/**
 * Gives each numbered stage whose name another stage before it already has (two people added Stage 4 at the same
 * moment) the next number no stage has. Every peer works out the same names from the same document, and each
 * writes only the stages it added itself, so a colleague's work never enters my stage (and my undo of the add
 * still takes it back). Names someone typed are never changed. Not undoable; returns the ids of the stages renamed.
 * An editor's page runs it whenever a colleague's change arrives, like rehomeOrphanCards.
 */
export function renumberNumberedStages(doc: Y.Doc): string[] {
  if (notesOf(doc).size === 0) return [];
  const entries = recordEntries(collection(doc, "stages")).sort(([, a], [, b]) => compareRank(a, b));
  const records = entries.map(([, record]) => record);
  const numbered = entries.flatMap(([id, record]) => {
    const note = noteOf(doc, id);
    return note !== undefined && note.name === nameOfRecord(record) ? [{ id, record, note }] : [];
  });
  if (numbered.length === 0) return [];
  const keep = new Set(numbered.map((s) => s.record));
  const taken = new Set(records.filter((r) => !keep.has(r)).map(nameOfRecord));
  const all = new Set(records.map(nameOfRecord));
  const renames: { id: string; record: Y.Map<unknown>; note: Note }[] = [];
  for (const { id, record, note } of numbered) {
    if (!taken.has(note.name)) {
      taken.add(note.name);
      continue;
    }
    let m = note.n + 1;
    let name = renumbered(note.name, note.n, m);
    while (name !== undefined && all.has(name)) name = renumbered(note.name, note.n, ++m);
    if (name === undefined) continue;
    taken.add(name);
    all.add(name);
    renames.push({ id, record, note: { name, n: m } });
  }
  const mine = renames.filter(({ record }) => record._item?.id.client === doc.clientID);
  if (mine.length === 0) return [];
  doc.transact(() => {
    for (const { id, record, note } of mine) {
      record.set("name", note.name);
      notesOf(doc).set(id, note);
    }
  }, SYSTEM);
  return mine.map(({ id }) => id);
}

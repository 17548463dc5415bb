// Undo and redo of the user's own edits: only the LOCAL origin is tracked, so remote and server writes stay.
import * as Y from "yjs";
import { LOCAL, ROOTS, SYSTEM, collection, commentsMap, recordEntries, recordsOf, type CollectionName } from "./schema";
import { noteDeletion } from "./ops/deletionSeen";

const COLLECTIONS: readonly CollectionName[] = ["cards", "stages", "lanes", "connections"];

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const roots = Object.values(ROOTS).map((name) => doc.getMap(name));
  const collections = new Set<unknown>(COLLECTIONS.map((name) => collection(doc, name)));
  // Yjs asks this just before it deletes an item in an undo or redo, in the same transaction: a card, stage, lane or
  // path about to go is noted first with what this page had seen of it, as a delete op notes it (the notes' root is
  // not tracked, so undo never takes a note back).
  const deleteFilter = (item: Y.Item): boolean => {
    if (!item.deleted && collections.has(item.parent) && item.parentSub !== null) {
      const record = item.content instanceof Y.ContentType ? item.content.type : null;
      if (record instanceof Y.Map) noteDeletion(doc, [record as Y.Map<unknown>]);
    }
    return true;
  };
  return new Y.UndoManager(roots, { trackedOrigins: new Set([LOCAL]), captureTimeout: 500, deleteFilter });
}

/**
 * What one press of Undo or Redo did: `done`, `nothing` (no step), or `overwritten`: the latest step changed only
 * what someone else has changed since, or taking it back would take their work along or leave it out of sight (a
 * card of theirs in the stage it added, a path or comment on the card it added, a card moved back into a stage
 * they deleted), so it was dropped and nothing of theirs was taken back.
 */
export type StepOutcome = "done" | "nothing" | "overwritten";

type StackItem = Y.UndoManager["undoStack"][number];

/**
 * One step, the latest only. Yjs passes over a step whose every change another person has changed since and takes
 * back the step before it in the same call: a press of Undo then quietly undid an older change the person did not
 * mean, and said nothing about the one they did.
 */
function latestOnly(
  um: Y.UndoManager,
  which: "undoStack" | "redoStack",
  comments: Y.Doc | null,
  run: () => unknown,
): StepOutcome {
  const stack = um[which];
  if (stack.length === 0) return "nothing";
  const latest = stack[stack.length - 1]!;
  const plan = planOf(um.doc, latest, um[which === "undoStack" ? "redoStack" : "undoStack"]);
  if (othersWorkedIn(um.doc, latest.insertions) || strandsWork(um.doc, plan, comments) || breaksYjs(plan)) {
    // Taking back what this step made (a card, a stage) would take their work in it along, or leave a card where
    // nobody sees it: the step goes instead.
    um[which] = stack.slice(0, -1);
    return "overwritten";
  }
  const older = stack.slice(0, -1);
  um[which] = stack.slice(-1);
  const fields = fieldsOf(um.doc, latest);
  try {
    if (run() === null) return "overwritten";
    fillLeftOut(um.doc, latest, fields);
    return "done";
  } finally {
    um[which] = [...older, ...um[which]];
  }
}

/**
 * Takes back the latest step. With the map's comments document, a step that would take away a stage, lane or card
 * a comment thread is on is dropped too.
 */
export const undoLatest = (um: Y.UndoManager, comments: Y.Doc | null = null): StepOutcome =>
  latestOnly(um, "undoStack", comments, () => um.undo());
/** Redoes the latest undone step, on the same terms as undoLatest. */
export const redoLatest = (um: Y.UndoManager, comments: Y.Doc | null = null): StepOutcome =>
  latestOnly(um, "redoStack", comments, () => um.redo());

/** Whether an item someone else wrote, and that still stands, is anywhere under `type`. */
function holdsOthersWork(type: Y.AbstractType<unknown>, own: number): boolean {
  const seen = (item: Y.Item | null): boolean => {
    for (let at = item; at !== null; at = at.left) {
      if (!at.deleted && at.id.client !== own) return true;
      if (at.content instanceof Y.ContentType && holdsOthersWork(at.content.type, own)) return true;
    }
    return false;
  };
  for (const item of type._map.values()) if (seen(item)) return true;
  for (let at = type._start; at !== null; at = at.right) {
    if (!at.deleted && at.id.client !== own) return true;
    if (at.content instanceof Y.ContentType && holdsOthersWork(at.content.type, own)) return true;
  }
  return false;
}

/** The items a delete set names, as the document stores them now. */
function itemsIn(doc: Y.Doc, set: StackItem["insertions"]): Y.Item[] {
  const out: Y.Item[] = [];
  for (const [client, ranges] of set.clients) {
    const structs = doc.store.clients.get(client);
    if (structs === undefined) continue;
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= clock + len) break;
        if (struct instanceof Y.Item) out.push(struct);
      }
    }
  }
  return out;
}

/**
 * Whether someone else has since written into what a step made (a colleague renamed the card I added): undoing the
 * step would delete their work with it, which Yjs does without a word.
 */
function othersWorkedIn(doc: Y.Doc, made: StackItem["insertions"]): boolean {
  for (const item of itemsIn(doc, made)) {
    if (!item.deleted && item.content instanceof Y.ContentType) {
      if (holdsOthersWork(item.content.type, doc.clientID)) return true;
    }
  }
  return false;
}

/** What taking a step back (or redoing it) would do: the items it deletes and those it tries to bring back. */
interface Plan {
  doc: Y.Doc;
  deletes: ReadonlySet<Y.Item>;
  /** Every item it tries to bring back. */
  redoing: ReadonlySet<Y.Item>;
  /** The map entries among them, by the type they come back into (a record brought back since is a new type). */
  restores: ReadonlyMap<object, ReadonlyMap<string, Y.Item>>;
  step: StackItem;
  /** The other stack: Yjs passes over later values that one of its steps deleted. */
  other: readonly StackItem[];
}

/** What an item was brought back as by undos and redos since (else the item); `gone` if a copy was collected. */
function followRedone(doc: Y.Doc, item: Y.Item): { latest: Y.Item; gone: boolean } {
  let at = item;
  while (at.redone !== null) {
    const next: unknown = Y.getItem(doc.store, at.redone);
    if (!(next instanceof Y.Item)) return { latest: at, gone: true };
    at = next;
  }
  return { latest: at, gone: false };
}

const latestOf = (doc: Y.Doc, item: Y.Item): Y.Item => followRedone(doc, item).latest;

/** Whether Yjs passes over a later value of a key when it brings an earlier one back (see redoItem). */
const passedOver = (plan: Plan, at: Y.Item): boolean =>
  at.redone !== null ||
  Y.isDeleted(plan.step.insertions, at.id) ||
  plan.other.some((step) => Y.isDeleted(step.deletions, at.id));

/** The type an item comes back into: its parent, or what its parent record was brought back as. */
function homeOf(doc: Y.Doc, item: Y.Item): object {
  const parent = item.parent as Y.AbstractType<unknown>;
  const record = parent._item === null ? null : latestOf(doc, parent._item);
  return record !== null && record.content instanceof Y.ContentType ? record.content.type : parent;
}

function planOf(doc: Y.Doc, step: StackItem, other: readonly StackItem[]): Plan {
  const deletes = new Set<Y.Item>();
  for (const item of itemsIn(doc, step.insertions)) {
    // Yjs deletes what an item was brought back as, if it was.
    const now = latestOf(doc, item);
    if (!now.deleted) deletes.add(now);
  }
  const redoing = new Set<Y.Item>();
  const restores = new Map<object, Map<string, Y.Item>>();
  for (const item of itemsIn(doc, step.deletions)) {
    if (!item.deleted || Y.isDeleted(step.insertions, item.id)) continue;
    redoing.add(item);
    if (item.parentSub === null) continue;
    const home = homeOf(doc, item);
    let byKey = restores.get(home);
    if (byKey === undefined) restores.set(home, (byKey = new Map()));
    byKey.set(item.parentSub, item);
  }
  return { doc, deletes, redoing, restores, step, other };
}

/**
 * Whether Yjs will bring a map entry back where it can be seen, as its redoItem decides: its record is there or
 * comes back too, and nobody has written the key since (a later value wins unless the step or the other stack
 * deleted it, or it was brought back since).
 */
function comesBack(item: Y.Item, plan: Plan): boolean {
  const parent = (item.parent as Y.AbstractType<unknown>)._item;
  if (parent !== null && parent.deleted) {
    if (
      parent.redone === null
        ? !plan.redoing.has(parent) || !comesBack(parent, plan)
        : latestOf(plan.doc, parent).deleted
    ) {
      return false;
    }
  }
  let left = item;
  while (left.right !== null && passedOver(plan, left.right)) left = latestOf(plan.doc, left.right);
  return left.right === null;
}

/**
 * Whether Yjs would throw while bringing the step's items back: its redoItem follows what a record or a later
 * value was brought back as, and when that copy was deleted since and collected (a colleague deleted what my
 * undo brought back), it reads a field of nothing, halfway through the press, after part of it was written.
 */
function breaksYjs(plan: Plan): boolean {
  for (const item of plan.redoing) {
    if (item.redone !== null) continue;
    const parent = (item.parent as Y.AbstractType<unknown>)._item;
    if (parent !== null && parent.deleted && followRedone(plan.doc, parent).gone) return true;
    if (item.parentSub === null) continue;
    for (let left = item; left.right !== null && passedOver(plan, left.right);) {
      const { latest, gone } = followRedone(plan.doc, left.right);
      if (gone) return true;
      left = latest;
    }
  }
  return false;
}

const liveValue = (item: Y.Item | undefined): unknown =>
  item !== undefined && !item.deleted ? (item.content.getContent() as unknown[])[0] : undefined;

/** The value a record's field has after the step: its own unless the step deletes it, then what comes back. */
function valueAfter(record: Y.Map<unknown>, key: string, plan: Plan): unknown {
  const now = record._map.get(key);
  if (now !== undefined && !now.deleted && !plan.deletes.has(now)) return liveValue(now);
  const back = plan.restores.get(record)?.get(key);
  return back !== undefined && comesBack(back, plan) ? (back.content.getContent() as unknown[])[0] : undefined;
}

/** Whether a stage, lane or card `id` is a record now. */
function isRecord(doc: Y.Doc, name: CollectionName, id: unknown): boolean {
  return typeof id === "string" && collection(doc, name).get(id) instanceof Y.Map;
}

/** Whether a stage, lane or card `id` is a record after the step. */
function isRecordAfter(doc: Y.Doc, name: CollectionName, id: unknown, plan: Plan): boolean {
  if (typeof id !== "string") return false;
  const coll = collection(doc, name);
  const now = coll._map.get(id);
  if (now !== undefined && !now.deleted && !plan.deletes.has(now)) return coll.get(id) instanceof Y.Map;
  const back = plan.restores.get(coll)?.get(id);
  return back !== undefined && back.content instanceof Y.ContentType && comesBack(back, plan);
}

/** The stages, lanes and cards the step takes away (and does not bring back under the same id). */
function goneRecords(doc: Y.Doc, plan: Plan): Record<"stage" | "lane" | "card", Set<string>> {
  const gone = { stage: new Set<string>(), lane: new Set<string>(), card: new Set<string>() };
  const kinds = [
    ["stages", gone.stage],
    ["lanes", gone.lane],
    ["cards", gone.card],
  ] as const;
  for (const [name, ids] of kinds) {
    const coll = collection(doc, name);
    for (const [id, record] of recordEntries(coll)) {
      if (record._item !== null && plan.deletes.has(record._item) && !isRecordAfter(doc, name, id, plan)) ids.add(id);
    }
  }
  return gone;
}

/** Whether a comment thread is anchored on one of the records the step takes away. */
function anchoredOn(comments: Y.Doc, gone: ReturnType<typeof goneRecords>): boolean {
  for (const value of commentsMap(comments).values()) {
    const anchor: unknown = value !== null && typeof value === "object" ? (value as { anchor?: unknown }).anchor : null;
    if (anchor === null || typeof anchor !== "object") continue;
    const { kind, id } = anchor as { kind?: unknown; id?: unknown };
    if ((kind === "stage" || kind === "lane" || kind === "card") && typeof id === "string" && gone[kind].has(id)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the step would leave work it did not make where nobody sees it: a card that is shown now in a stage or
 * lane the step takes away (a colleague put a card into the stage I added) or moves to one that is gone (a colleague
 * deleted the stage my move came from), a path to a card the step takes away, or a comment thread on a stage, lane
 * or card the step takes away (it would lose its place and read as a comment on the map). Such a card or path would
 * stay in the document but drop out of every view and export. Cards the step brings back into a stage a colleague
 * deleted are not counted: they were not shown before, and an editor's page gives them a home (rehomeOrphanCards).
 */
function strandsWork(doc: Y.Doc, plan: Plan, comments: Y.Doc | null): boolean {
  if (plan.deletes.size === 0 && plan.restores.size === 0) return false;
  const gone = goneRecords(doc, plan);
  for (const [id, card] of recordEntries(collection(doc, "cards"))) {
    if (gone.card.has(id) || (card._item !== null && plan.deletes.has(card._item))) continue;
    if (!isRecord(doc, "stages", card.get("stageId")) || !isRecord(doc, "lanes", card.get("laneId"))) continue;
    if (!isRecordAfter(doc, "stages", valueAfter(card, "stageId", plan), plan)) return true;
    if (!isRecordAfter(doc, "lanes", valueAfter(card, "laneId", plan), plan)) return true;
  }
  if (gone.card.size > 0) {
    for (const path of recordsOf(collection(doc, "connections"))) {
      if (path._item !== null && plan.deletes.has(path._item)) continue;
      const from = path.get("from");
      const to = path.get("to");
      if ((typeof from === "string" && gone.card.has(from)) || (typeof to === "string" && gone.card.has(to)))
        return true;
    }
  }
  const any = gone.stage.size > 0 || gone.lane.size > 0 || gone.card.size > 0;
  return any && comments !== null && anchoredOn(comments, gone);
}

/** A field of a record the step deleted a value of, so Yjs may bring that value back. */
interface Field {
  had: Y.Item;
  key: string;
  /** The record (type) the field is in before the press, and whether the field held a value then. */
  home: object;
  held: boolean;
}

const holds = (record: Y.Map<unknown>, key: string): boolean => {
  const item = record._map.get(key);
  return item !== undefined && !item.deleted;
};

/** The fields of records whose values the step deleted (the ones Yjs is to bring back), before the press. */
function fieldsOf(doc: Y.Doc, step: StackItem): Field[] {
  const out: Field[] = [];
  for (const had of itemsIn(doc, step.deletions)) {
    if (had.parentSub === null || !(had.parent instanceof Y.Map) || Y.isDeleted(step.insertions, had.id)) continue;
    const home = homeOf(doc, had);
    out.push({ had, key: had.parentSub, home, held: home instanceof Y.Map && holds(home, had.parentSub) });
  }
  return out;
}

/**
 * Fills in a field Yjs left empty. A value someone wrote at the same moment as the step, that lost to mine or went
 * into a record I deleted, makes Yjs skip the value it was to bring back: the press then empties a field my step
 * had changed, or brings a record back without it, and a card or stage without its title or name drops out of
 * every view, with its cards. The field gets the latest value the document still holds that the press was not
 * taking back: theirs, or else the one the step had replaced. A field that was already empty stays so (someone
 * cleared it). Not undoable, like rehomeOrphanCards.
 */
function fillLeftOut(doc: Y.Doc, step: StackItem, fields: readonly Field[]): void {
  const fills = new Map<Y.Map<unknown>, Map<string, unknown>>();
  for (const { had, key, home: before, held } of fields) {
    const home = homeOf(doc, had);
    if (!(home instanceof Y.Map) || home._item?.deleted === true || holds(home, key)) continue;
    if ((home === before && !held) || fills.get(home)?.has(key) === true) continue;
    for (let at: Y.Item | null = (had.parent as Y.Map<unknown>)._map.get(key) ?? null; at !== null; at = at.left) {
      if (at.content instanceof Y.ContentAny && !Y.isDeleted(step.insertions, at.id)) {
        let values = fills.get(home);
        if (values === undefined) fills.set(home, (values = new Map()));
        values.set(key, (at.content.getContent() as unknown[])[0]);
        break;
      }
      if (at === had) break;
    }
  }
  if (fills.size === 0) return;
  doc.transact(() => {
    for (const [record, values] of fills) for (const [key, value] of values) record.set(key, value);
  }, SYSTEM);
}

// Undo and redo of the user's own edits: only the LOCAL origin is tracked, so remote and server writes stay.
import * as Y from "yjs";
import { LOCAL, ROOTS } from "./schema";

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const roots = Object.values(ROOTS).map((name) => doc.getMap(name));
  return new Y.UndoManager(roots, { trackedOrigins: new Set([LOCAL]), captureTimeout: 500 });
}

/**
 * What one press of Undo or Redo did: `done`, `nothing` (no step), or `overwritten`: the latest step changed only
 * what someone else has changed since, so it was dropped and nothing of theirs was taken back.
 */
export type StepOutcome = "done" | "nothing" | "overwritten";

/**
 * One step, the latest only. Yjs passes over a step whose every change another person has changed since and takes
 * back the step before it in the same call: a press of Undo then quietly undid an older change the person did not
 * mean, and said nothing about the one they did.
 */
function latestOnly(um: Y.UndoManager, which: "undoStack" | "redoStack", run: () => unknown): StepOutcome {
  const stack = um[which];
  if (stack.length === 0) return "nothing";
  const latest = stack[stack.length - 1]!;
  if (which === "undoStack" && othersWorkedIn(um.doc, latest.insertions)) {
    // Taking back what this step made (a card, a stage) would take their work in it along: the step goes instead.
    um[which] = stack.slice(0, -1);
    return "overwritten";
  }
  const older = stack.slice(0, -1);
  um[which] = stack.slice(-1);
  try {
    return run() === null ? "overwritten" : "done";
  } finally {
    um[which] = [...older, ...um[which]];
  }
}

export const undoLatest = (um: Y.UndoManager): StepOutcome => latestOnly(um, "undoStack", () => um.undo());
export const redoLatest = (um: Y.UndoManager): StepOutcome => latestOnly(um, "redoStack", () => um.redo());

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

/**
 * Whether someone else has since written into what a step made (a colleague renamed the card I added): undoing the
 * step would delete their work with it, which Yjs does without a word.
 */
function othersWorkedIn(doc: Y.Doc, made: Y.UndoManager["undoStack"][number]["insertions"]): boolean {
  for (const [client, ranges] of made.clients) {
    const structs = doc.store.clients.get(client);
    if (structs === undefined) continue;
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= clock + len) break;
        if (struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentType) {
          if (holdsOthersWork(struct.content.type, doc.clientID)) return true;
        }
      }
    }
  }
  return false;
}

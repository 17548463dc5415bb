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

// Undo and redo of the user's own edits: only the LOCAL origin is tracked, so remote and server writes stay.
import * as Y from "yjs";
import { LOCAL, ROOTS } from "./schema";

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const roots = Object.values(ROOTS).map((name) => doc.getMap(name));
  return new Y.UndoManager(roots, { trackedOrigins: new Set([LOCAL]), captureTimeout: 500 });
}

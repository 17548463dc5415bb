// Deleting cards also deletes the connections that touch them; callers run inside a transaction.
import type * as Y from "yjs";
import { collection, recordEntries, type RecordMap } from "../schema";

export function deleteCardsIn(doc: Y.Doc, match: (card: RecordMap) => boolean): string[] {
  const cards = collection(doc, "cards");
  const ids = recordEntries(cards)
    .filter(([, c]) => match(c))
    .map(([id]) => id);
  deleteCardIds(doc, ids);
  return ids;
}

export function deleteCardIds(doc: Y.Doc, ids: readonly string[]): void {
  const gone = new Set(ids);
  const cards = collection(doc, "cards");
  for (const id of ids) cards.delete(id);
  const connections = collection(doc, "connections");
  for (const [id, c] of recordEntries(connections)) {
    if (gone.has(String(c.get("from"))) || gone.has(String(c.get("to")))) connections.delete(id);
  }
}

// Deleting cards also deletes the connections that touch them; callers run inside a transaction.
import type * as Y from "yjs";
import { collection, getRecord, recordEntries, type RecordMap } from "../schema";
import { noteDeletion } from "./deletionSeen";

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
  const connections = collection(doc, "connections");
  const paths = recordEntries(connections).filter(
    ([, c]) => gone.has(String(c.get("from"))) || gone.has(String(c.get("to"))),
  );
  // What this page had seen of the cards and their paths goes with the deletion (./deletionSeen).
  noteDeletion(doc, [...ids.map((id) => getRecord(doc, "cards", id)), ...paths.map(([, c]) => c)]);
  for (const id of ids) cards.delete(id);
  for (const [id] of paths) connections.delete(id);
}

// Connections: the customer's path from card to card.
import type * as Y from "yjs";
import {
  LOCAL,
  applyPatch,
  collection,
  getRecord,
  rankOf,
  recordEntries,
  recordsOf,
  sortedRecords,
  toRecordMap,
  type RecordMap,
} from "../schema";
import { connectionSchema, type Connection } from "../records/connection";
import { newId } from "../ids";
import { rankBetween } from "../rank";
import { OpError } from "../errors";
import { parseOrThrow } from "./validate";
import { noteDeletion } from "./deletionSeen";

export function connect(doc: Y.Doc, from: string, to: string, label?: string): string {
  const cards = collection(doc, "cards");
  if (!cards.has(from)) throw new OpError({ code: "noCardToConnectFrom", id: from });
  if (!cards.has(to)) throw new OpError({ code: "noCardToConnectTo", id: to });
  if (from === to) throw new OpError({ code: "selfConnection" });
  const coll = collection(doc, "connections");
  const existing = recordsOf(coll).find((c) => c.get("from") === from && c.get("to") === to);
  if (existing) return String(existing.get("id"));
  const id = newId("cn");
  const conn = parseOrThrow(connectionSchema, { id, from, to, label }, "connection");
  const last = sortedRecords(coll).at(-1);
  doc.transact(() => {
    coll.set(id, toRecordMap({ ...conn, rank: rankBetween(last ? rankOf(last) : undefined, undefined) }));
  }, LOCAL);
  return id;
}

export function updateConnection(doc: Y.Doc, id: string, patch: Pick<Partial<Connection>, "label">): void {
  const record = getRecord(doc, "connections", id);
  if (!record) throw new OpError({ code: "noConnection", id });
  parseOrThrow(connectionSchema.pick({ label: true }), patch, "connection");
  // Only the label changes here: ends passed along by a caller would bypass connect's checks (a card joined to
  // itself, a card that does not exist).
  const label = Object.prototype.hasOwnProperty.call(patch, "label") ? { label: patch.label } : {};
  doc.transact(() => applyPatch(record, label), LOCAL);
}

/** Deletes the connections, and any copy of their paths (the same path drawn by two people at once). */
export function disconnect(doc: Y.Doc, ids: readonly string[]): void {
  const coll = collection(doc, "connections");
  const endsOf = (c: RecordMap) => `${String(c.get("from"))}\u0000${String(c.get("to"))}`;
  const paths = new Set(ids.flatMap((id) => getRecord(doc, "connections", id) ?? []).map(endsOf));
  doc.transact(() => {
    const copies = recordEntries(coll).filter(([, c]) => paths.has(endsOf(c)));
    // What this page had seen of the paths goes with the deletion (./deletionSeen).
    noteDeletion(doc, [...ids.map((id) => getRecord(doc, "connections", id)), ...copies.map(([, c]) => c)]);
    for (const id of ids) coll.delete(id);
    for (const [id] of copies) coll.delete(id);
  }, LOCAL);
}

// Connections: the customer's path from card to card.
import type * as Y from "yjs";
import { LOCAL, applyPatch, collection, getRecord, rankOf, recordsOf, sortedRecords, toRecordMap } from "../schema";
import { connectionSchema, type Connection } from "../records/connection";
import { newId } from "../ids";
import { rankBetween } from "../rank";
import { OpError } from "../errors";
import { parseOrThrow } from "./validate";

export function connect(doc: Y.Doc, from: string, to: string, label?: string): string {
  const cards = collection(doc, "cards");
  if (!cards.has(from)) throw new OpError(`There is no card "${from}" to connect from.`);
  if (!cards.has(to)) throw new OpError(`There is no card "${to}" to connect to.`);
  if (from === to) throw new OpError("A card cannot be connected to itself.");
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
  if (!record) throw new OpError(`There is no connection "${id}".`);
  parseOrThrow(connectionSchema.pick({ label: true }), patch, "connection");
  doc.transact(() => applyPatch(record, patch), LOCAL);
}

export function disconnect(doc: Y.Doc, ids: readonly string[]): void {
  const coll = collection(doc, "connections");
  doc.transact(() => {
    for (const id of ids) coll.delete(id);
  }, LOCAL);
}

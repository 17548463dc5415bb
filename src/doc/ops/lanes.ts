// Lane commands: add, rename or change kind, move, delete (with the cards in it).
import type * as Y from "yjs";
import { LOCAL, applyPatch, collection, getRecord, rankOf, sortedRecords, toRecordMap } from "../schema";
import { laneSchema, type Lane, type LaneKind } from "../records/lane";
import { newId } from "../ids";
import { rankAtIndex } from "../rank";
import { OpError } from "../errors";
import { parseOrThrow } from "./validate";
import { deleteCardsIn } from "./cascade";

const patchSchema = laneSchema.omit({ id: true }).partial();

export function addLane(doc: Y.Doc, args: { name: string; kind: LaneKind; index?: number }): string {
  const id = newId("ln");
  const lane = parseOrThrow(laneSchema, { id, name: args.name, kind: args.kind }, "lane");
  const coll = collection(doc, "lanes");
  const ranks = sortedRecords(coll).map(rankOf);
  doc.transact(() => {
    coll.set(id, toRecordMap({ ...lane, rank: rankAtIndex(ranks, args.index ?? ranks.length) }));
  }, LOCAL);
  return id;
}

export function updateLane(doc: Y.Doc, id: string, patch: Partial<Omit<Lane, "id">>): void {
  const record = getRecord(doc, "lanes", id);
  if (!record) throw new OpError(`There is no lane "${id}".`);
  parseOrThrow(patchSchema, patch, "lane");
  doc.transact(() => applyPatch(record, patch), LOCAL);
}

export function moveLane(doc: Y.Doc, id: string, toIndex: number): void {
  const coll = collection(doc, "lanes");
  const record = coll.get(id);
  if (!record) throw new OpError(`There is no lane "${id}".`);
  const others = sortedRecords(coll)
    .filter((r) => r !== record)
    .map(rankOf);
  doc.transact(() => record.set("rank", rankAtIndex(others, toIndex)), LOCAL);
}

export function deleteLane(doc: Y.Doc, id: string): void {
  const coll = collection(doc, "lanes");
  if (!coll.has(id)) throw new OpError(`There is no lane "${id}".`);
  doc.transact(() => {
    deleteCardsIn(doc, (card) => card.get("laneId") === id);
    coll.delete(id);
  }, LOCAL);
}

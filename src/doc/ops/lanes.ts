// Lane commands: add, rename or change kind, move, delete (with the cards in it).
import type * as Y from "yjs";
import { LOCAL, applyPatch, collection, getRecord, rankOf, recordsOf, sortedRecords, toRecordMap } from "../schema";
import { laneSchema, type Lane, type LaneKind } from "../records/lane";
import { newId } from "../ids";
import { rankAtIndex } from "../rank";
import { OpError } from "../errors";
import { mergedOrThrow, parseOrThrow } from "./validate";
import { recordToPlain } from "../read";
import { deleteCardsIn } from "./cascade";
import { noteDeletion } from "./deletionSeen";
import { NEUTRAL_EMOTION } from "./cards";
import { forgetAutoName } from "./autoNames";
import { RECORD_BOOKKEEPING, withStoredKeys } from "../storedKeys";

export function addLane(doc: Y.Doc, args: { name: string; kind: LaneKind; index?: number }): string {
  const id = newId("ln");
  const lane = parseOrThrow(laneSchema, { id, name: args.name, kind: args.kind }, "lane");
  const coll = collection(doc, "lanes");
  const ranks = sortedRecords(coll).map(rankOf);
  doc.transact(() => {
    coll.set(
      id,
      toRecordMap({
        ...withStoredKeys(lane, RECORD_BOOKKEEPING),
        rank: rankAtIndex(ranks, args.index ?? ranks.length),
      }),
    );
  }, LOCAL);
  return id;
}

export function updateLane(doc: Y.Doc, id: string, patch: Partial<Omit<Lane, "id">>): void {
  const record = getRecord(doc, "lanes", id);
  if (!record) throw new OpError({ code: "noLane", id });
  const { id: _id, ...fields } = patch as Record<string, unknown>;
  mergedOrThrow(laneSchema, recordToPlain(record), fields, "lane");
  doc.transact(() => {
    applyPatch(record, withStoredKeys(fields, RECORD_BOOKKEEPING));
    // A name someone typed is theirs: it is never renumbered (./autoNames).
    if ("name" in fields) forgetAutoName(doc, "lanes", id);
    // Cards in an emotions lane carry an emotion: a lane that becomes one gives its cards a neutral one.
    if (fields["kind"] === "emotions") {
      for (const card of recordsOf(collection(doc, "cards"))) {
        if (card.get("laneId") === id && card.get("emotion") === undefined) card.set("emotion", NEUTRAL_EMOTION);
      }
    }
  }, LOCAL);
}

export function moveLane(doc: Y.Doc, id: string, toIndex: number): void {
  const coll = collection(doc, "lanes");
  const record = coll.get(id);
  if (!record) throw new OpError({ code: "noLane", id });
  const others = sortedRecords(coll)
    .filter((r) => r !== record)
    .map(rankOf);
  doc.transact(() => record.set("rank", rankAtIndex(others, toIndex)), LOCAL);
}

export function deleteLane(doc: Y.Doc, id: string): void {
  const coll = collection(doc, "lanes");
  if (!coll.has(id)) throw new OpError({ code: "noLane", id });
  doc.transact(() => {
    deleteCardsIn(doc, (card) => card.get("laneId") === id);
    noteDeletion(doc, [getRecord(doc, "lanes", id)]);
    coll.delete(id);
  }, LOCAL);
}

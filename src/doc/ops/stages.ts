// Stage commands: add, rename or set the customer goal, move, delete (with the cards in it).
import type * as Y from "yjs";
import { LOCAL, applyPatch, collection, getRecord, rankOf, sortedRecords, toRecordMap } from "../schema";
import { stageSchema, type Stage } from "../records/stage";
import { newId } from "../ids";
import { rankAtIndex } from "../rank";
import { OpError } from "../errors";
import { mergedOrThrow, parseOrThrow } from "./validate";
import { recordToPlain } from "../read";
import { deleteCardsIn } from "./cascade";
import { noteDeletion } from "./deletionSeen";
import { forgetAutoName } from "./autoNames";
import { RECORD_BOOKKEEPING, withStoredKeys } from "../storedKeys";

export function addStage(doc: Y.Doc, args: { name: string; customerGoal?: string; index?: number }): string {
  const id = newId("st");
  const stage = parseOrThrow(stageSchema, { id, name: args.name, customerGoal: args.customerGoal }, "stage");
  const coll = collection(doc, "stages");
  const ranks = sortedRecords(coll).map(rankOf);
  doc.transact(() => {
    coll.set(
      id,
      toRecordMap({
        ...withStoredKeys(stage, RECORD_BOOKKEEPING),
        rank: rankAtIndex(ranks, args.index ?? ranks.length),
      }),
    );
  }, LOCAL);
  return id;
}

export function updateStage(doc: Y.Doc, id: string, patch: Partial<Omit<Stage, "id">>): void {
  const record = getRecord(doc, "stages", id);
  if (!record) throw new OpError({ code: "noStage", id });
  const { id: _id, ...fields } = patch as Record<string, unknown>;
  mergedOrThrow(stageSchema, recordToPlain(record), fields, "stage");
  doc.transact(() => {
    applyPatch(record, withStoredKeys(fields, RECORD_BOOKKEEPING));
    // A name someone typed is theirs: it is never renumbered (./autoNames).
    if ("name" in fields) forgetAutoName(doc, "stages", id);
  }, LOCAL);
}

export function moveStage(doc: Y.Doc, id: string, toIndex: number): void {
  const coll = collection(doc, "stages");
  const record = coll.get(id);
  if (!record) throw new OpError({ code: "noStage", id });
  const others = sortedRecords(coll)
    .filter((r) => r !== record)
    .map(rankOf);
  doc.transact(() => record.set("rank", rankAtIndex(others, toIndex)), LOCAL);
}

export function deleteStage(doc: Y.Doc, id: string): void {
  const coll = collection(doc, "stages");
  if (!coll.has(id)) throw new OpError({ code: "noStage", id });
  doc.transact(() => {
    deleteCardsIn(doc, (card) => card.get("stageId") === id);
    noteDeletion(doc, [getRecord(doc, "stages", id)]);
    coll.delete(id);
  }, LOCAL);
}

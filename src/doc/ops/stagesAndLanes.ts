// What stages and lanes share: each is a ranked record of the map's grid that is added at a position, moved to one,
// and deleted with the cards in it (./stages.ts, ./lanes.ts).
import type * as Y from "yjs";
import type { z } from "zod";
import {
  LOCAL,
  applyPatch,
  collection,
  getRecord,
  rankOf,
  sortedRecords,
  toRecordMap,
  type RecordMap,
} from "../schema";
import { rankAtIndex } from "../rank";
import { OpError } from "../errors";
import { deleteCardsIn } from "./cascade";
import { mergedOrThrow } from "./validate";
import { recordToPlain } from "../read";
import { forgetAutoName } from "./autoNames";
import { noteDeletion } from "./deletionSeen";
import { RECORD_BOOKKEEPING, withStoredKeys } from "../storedKeys";

type GridLines = "stages" | "lanes";

const GRID: Record<
  GridLines,
  { missing: "noStage" | "noLane"; cardKey: "stageId" | "laneId"; subject: "stage" | "lane" }
> = {
  stages: { missing: "noStage", cardKey: "stageId", subject: "stage" },
  lanes: { missing: "noLane", cardKey: "laneId", subject: "lane" },
};

/** Adds a checked stage or lane at `index` (at the end without one). */
export function addGridLine(doc: Y.Doc, name: GridLines, record: { id: string }, index?: number): void {
  const coll = collection(doc, name);
  const ranks = sortedRecords(coll).map(rankOf);
  doc.transact(() => {
    coll.set(
      record.id,
      toRecordMap({
        ...withStoredKeys(record, RECORD_BOOKKEEPING),
        rank: rankAtIndex(ranks, index ?? ranks.length),
      }),
    );
  }, LOCAL);
}

/**
 * Changes a stage's or lane's fields once the whole record checks out; `also` runs in the same transaction, after the
 * change (a lane's cards follow its kind).
 */
export function updateGridLine<T>(
  doc: Y.Doc,
  name: GridLines,
  schema: z.ZodType<T>,
  id: string,
  patch: object,
  also?: (fields: Record<string, unknown>) => void,
): void {
  const record: RecordMap | undefined = getRecord(doc, name, id);
  if (!record) throw new OpError({ code: GRID[name].missing, id });
  const { id: _id, ...fields } = patch as Record<string, unknown>;
  mergedOrThrow(schema, recordToPlain(record), fields, GRID[name].subject);
  doc.transact(() => {
    applyPatch(record, withStoredKeys(fields, RECORD_BOOKKEEPING));
    // A name someone typed is theirs: it is never renumbered (./autoNames).
    if ("name" in fields) forgetAutoName(doc, name, id);
    also?.(fields);
  }, LOCAL);
}

export function moveGridLine(doc: Y.Doc, name: GridLines, id: string, toIndex: number): void {
  const coll = collection(doc, name);
  const record = coll.get(id);
  if (!record) throw new OpError({ code: GRID[name].missing, id });
  const others = sortedRecords(coll)
    .filter((r) => r !== record)
    .map(rankOf);
  doc.transact(() => record.set("rank", rankAtIndex(others, toIndex)), LOCAL);
}

/** Deletes a stage or lane with the cards in it, noting what this page had seen of them (./deletionSeen.ts). */
export function deleteGridLine(doc: Y.Doc, name: GridLines, id: string): void {
  const coll = collection(doc, name);
  if (!coll.has(id)) throw new OpError({ code: GRID[name].missing, id });
  const { cardKey } = GRID[name];
  doc.transact(() => {
    deleteCardsIn(doc, (card) => card.get(cardKey) === id);
    noteDeletion(doc, [getRecord(doc, name, id)]);
    coll.delete(id);
  }, LOCAL);
}

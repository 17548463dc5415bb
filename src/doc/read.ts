// Reads the document into a plain journey (format v1 shape): the snapshot every view, check and export uses.
import type * as Y from "yjs";
import { RANK, collection, commentsMap, metaMap, sortedRecords, type RecordMap } from "./schema";
import type { Journey, JourneyMeta } from "./records/journey";
import type { Stage } from "./records/stage";
import type { Lane } from "./records/lane";
import type { Card } from "./records/card";
import type { Connection } from "./records/connection";
import type { Comment } from "./records/comment";

export function recordToPlain(record: RecordMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of record.entries()) if (key !== RANK) out[key] = value;
  return out;
}

export function readStages(doc: Y.Doc): Stage[] {
  return sortedRecords(collection(doc, "stages")).map((r) => recordToPlain(r) as Stage);
}

export function readLanes(doc: Y.Doc): Lane[] {
  return sortedRecords(collection(doc, "lanes")).map((r) => recordToPlain(r) as Lane);
}

/**
 * Cards sorted by stage, lane and rank; `order` is the index within the cell. Cards whose stage or
 * lane no longer exists (a concurrent delete) stay in the document but not in the snapshot.
 */
export function readCards(doc: Y.Doc, stages: readonly Stage[], lanes: readonly Lane[]): Card[] {
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const records = sortedRecords(collection(doc, "cards")).filter(
    (r) => stageIndex.has(String(r.get("stageId"))) && laneIndex.has(String(r.get("laneId"))),
  );
  const cellKey = (r: RecordMap) =>
    (stageIndex.get(String(r.get("stageId"))) ?? 0) * 1000 + (laneIndex.get(String(r.get("laneId"))) ?? 0);
  const keyed = records.map((r, i) => ({ r, cell: cellKey(r), i }));
  keyed.sort((a, b) => a.cell - b.cell || a.i - b.i);
  const cards: Card[] = [];
  let lastCell = -1;
  let order = 0;
  for (const { r, cell } of keyed) {
    order = cell === lastCell ? order + 1 : 0;
    lastCell = cell;
    cards.push({ ...(recordToPlain(r) as Card), order });
  }
  return cards;
}

export function readConnections(doc: Y.Doc, cards: readonly Card[]): Connection[] {
  const ids = new Set(cards.map((c) => c.id));
  return sortedRecords(collection(doc, "connections"))
    .map((r) => recordToPlain(r) as Connection)
    .filter((c) => ids.has(c.from) && ids.has(c.to));
}

export function readMeta(doc: Y.Doc): JourneyMeta {
  const meta = metaMap(doc);
  const out: Record<string, unknown> = {};
  for (const [key, value] of meta.entries()) if (key !== "schemaVersion") out[key] = value;
  return { id: "", title: "", ...out } as JourneyMeta;
}

export function readComments(commentsDoc: Y.Doc): Comment[] {
  const list = [...commentsMap(commentsDoc).values()] as Comment[];
  return list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

/** The whole journey; comments come from the comments document when one is given. */
export function readJourney(doc: Y.Doc, commentsDoc?: Y.Doc): Journey {
  const stages = readStages(doc);
  const lanes = readLanes(doc);
  const cards = readCards(doc, stages, lanes);
  const connections = readConnections(doc, cards);
  const journey: Journey = { ...readMeta(doc), stages, lanes, cards, connections };
  if (commentsDoc) journey.comments = readComments(commentsDoc);
  return journey;
}

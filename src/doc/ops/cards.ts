// Card commands: add, edit, move between and within cells, duplicate, delete.
import type * as Y from "yjs";
import {
  LOCAL,
  SYSTEM,
  applyPatch,
  collection,
  compareRank,
  getRecord,
  rankOf,
  recordsOf,
  sortedRecords,
  toRecordMap,
  type RecordMap,
} from "../schema";
import { cardSchema, type CardPatch } from "../records/card";
import { newId } from "../ids";
import { rankAtIndex, rankBetween } from "../rank";
import { OpError } from "../errors";
import { mergedOrThrow, parseOrThrow } from "./validate";
import { deleteCardIds } from "./cascade";
import { recordToPlain } from "../read";
import { RECORD_BOOKKEEPING, withStoredKeys } from "../storedKeys";

/** The emotion a card gets when it lands in an emotions lane without one: neutral. */
export const NEUTRAL_EMOTION = 0;

const inEmotionsLane = (doc: Y.Doc, laneId: unknown): boolean =>
  getRecord(doc, "lanes", String(laneId))?.get("kind") === "emotions";

function requireCell(doc: Y.Doc, stageId: string, laneId: string): void {
  if (!collection(doc, "stages").has(stageId)) throw new OpError({ code: "noStage", id: stageId });
  if (!collection(doc, "lanes").has(laneId)) throw new OpError({ code: "noLane", id: laneId });
}

/** The cards of one cell, in order, leaving out `except`. */
function cellCards(doc: Y.Doc, stageId: string, laneId: string, except?: RecordMap): RecordMap[] {
  return recordsOf(collection(doc, "cards"))
    .filter((c) => c !== except && c.get("stageId") === stageId && c.get("laneId") === laneId)
    .sort(compareRank);
}

export function addCard(
  doc: Y.Doc,
  args: { stageId: string; laneId: string; title: string; index?: number } & CardPatch,
): string {
  const { stageId, laneId, index, ...fields } = args;
  requireCell(doc, stageId, laneId);
  const id = newId("cd");
  const emotion = fields.emotion ?? (inEmotionsLane(doc, laneId) ? NEUTRAL_EMOTION : undefined);
  const card = parseOrThrow(cardSchema, { ...fields, emotion, id, stageId, laneId }, "card");
  const ranks = cellCards(doc, stageId, laneId).map(rankOf);
  doc.transact(() => {
    collection(doc, "cards").set(
      id,
      toRecordMap({ ...withStoredKeys(card, RECORD_BOOKKEEPING), rank: rankAtIndex(ranks, index ?? ranks.length) }),
    );
  }, LOCAL);
  return id;
}

export function updateCard(doc: Y.Doc, id: string, patch: CardPatch): void {
  const record = getRecord(doc, "cards", id);
  if (!record) throw new OpError({ code: "noCard", id });
  const { id: _id, stageId: _stage, laneId: _lane, order: _order, ...fields } = patch as Record<string, unknown>;
  mergedOrThrow(cardSchema, recordToPlain(record), fields, "card");
  if ("emotion" in fields && fields["emotion"] === undefined && inEmotionsLane(doc, record.get("laneId"))) {
    throw new OpError({ code: "emotionRequired" });
  }
  doc.transact(() => applyPatch(record, withStoredKeys(fields, RECORD_BOOKKEEPING)), LOCAL);
}

/** Moves a card to a cell (its own or another) at an index within that cell. */
export function moveCard(doc: Y.Doc, id: string, to: { stageId: string; laneId: string; index?: number }): void {
  const record = getRecord(doc, "cards", id);
  if (!record) throw new OpError({ code: "noCard", id });
  requireCell(doc, to.stageId, to.laneId);
  const ranks = cellCards(doc, to.stageId, to.laneId, record).map(rankOf);
  doc.transact(() => {
    if (record.get("stageId") !== to.stageId) record.set("stageId", to.stageId);
    if (record.get("laneId") !== to.laneId) record.set("laneId", to.laneId);
    record.set("rank", rankAtIndex(ranks, to.index ?? ranks.length));
    if (record.get("emotion") === undefined && inEmotionsLane(doc, to.laneId)) record.set("emotion", NEUTRAL_EMOTION);
  }, LOCAL);
}

/** Moves several cards at once (one undo step), e.g. a multi-selection dragged to a cell. */
export function moveCards(
  doc: Y.Doc,
  moves: readonly { id: string; stageId: string; laneId: string; index?: number }[],
): void {
  doc.transact(() => {
    for (const m of moves) moveCard(doc, m.id, m);
  }, LOCAL);
}

/** Duplicates cards right after themselves in their cells, with the connections among them; returns the new ids. */
export function duplicateCards(doc: Y.Doc, ids: readonly string[]): string[] {
  const cards = collection(doc, "cards");
  const originals = ids.map((id) => cards.get(id)).filter((c): c is RecordMap => c !== undefined);
  if (originals.length === 0) return [];
  const newIds = new Map<string, string>();
  doc.transact(() => {
    for (const original of originals) {
      const plain = recordToPlain(original);
      const siblings = cellCards(doc, String(plain.stageId), String(plain.laneId));
      const at = siblings.indexOf(original);
      const next = siblings[at + 1];
      const id = newId("cd");
      newIds.set(String(plain.id), id);
      cards.set(
        id,
        toRecordMap({ ...plain, id, rank: rankBetween(rankOf(original), next ? rankOf(next) : undefined) }),
      );
    }
    const connections = collection(doc, "connections");
    for (const c of recordsOf(connections)) {
      const from = newIds.get(String(c.get("from")));
      const to = newIds.get(String(c.get("to")));
      if (from && to) {
        const id = newId("cn");
        connections.set(id, toRecordMap({ ...recordToPlain(c), id, from, to, rank: rankOf(c) }));
      }
    }
  }, LOCAL);
  return [...newIds.values()];
}

export function deleteCards(doc: Y.Doc, ids: readonly string[]): void {
  doc.transact(() => deleteCardIds(doc, ids), LOCAL);
}

/**
 * Gives a home to cards whose stage or lane was deleted while someone else added or moved them there
 * (a concurrent edit): they move to the first stage and, if their lane is gone too, the first lane,
 * so nothing a user made disappears. Peers doing this at once write the same values. Not undoable.
 * Returns the ids of the cards it moved.
 */
export function rehomeOrphanCards(doc: Y.Doc): string[] {
  const stages = collection(doc, "stages");
  const lanes = collection(doc, "lanes");
  // Only records: another client may have stored anything under a key (the snapshot leaves it out too).
  const orphans = sortedRecords(collection(doc, "cards")).filter(
    (c) => !stages.has(String(c.get("stageId"))) || !lanes.has(String(c.get("laneId"))),
  );
  const firstStage = sortedRecords(stages)[0]?.get("id");
  const firstLane = sortedRecords(lanes)[0]?.get("id");
  if (orphans.length === 0 || firstStage === undefined || firstLane === undefined) return [];
  doc.transact(() => {
    for (const card of orphans) {
      if (!stages.has(String(card.get("stageId")))) card.set("stageId", firstStage);
      if (!lanes.has(String(card.get("laneId")))) card.set("laneId", firstLane);
      if (card.get("emotion") === undefined && inEmotionsLane(doc, card.get("laneId"))) {
        card.set("emotion", NEUTRAL_EMOTION);
      }
    }
  }, SYSTEM);
  return orphans.map((c) => String(c.get("id")));
}

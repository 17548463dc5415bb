// Deletes whatever is selected (cards, connections, stages, lanes) as one undo step.
import type * as Y from "yjs";
import { LOCAL, collection, getRecord } from "../schema";
import { deleteCardIds, deleteCardsIn } from "./cascade";
import { noteDeletion } from "./deletionSeen";

export interface Selection {
  cards?: readonly string[];
  connections?: readonly string[];
  stages?: readonly string[];
  lanes?: readonly string[];
}

export function deleteSelection(doc: Y.Doc, selection: Selection): void {
  doc.transact(() => {
    const connections = collection(doc, "connections");
    // What this page had seen of each record goes with the deletion, all in one note (./deletionSeen).
    noteDeletion(
      doc,
      (selection.connections ?? []).map((id) => getRecord(doc, "connections", id)),
    );
    for (const id of selection.connections ?? []) connections.delete(id);
    deleteCardIds(doc, selection.cards ?? []);
    const stages = new Set(selection.stages ?? []);
    const lanes = new Set(selection.lanes ?? []);
    if (stages.size || lanes.size) {
      deleteCardsIn(doc, (c) => stages.has(String(c.get("stageId"))) || lanes.has(String(c.get("laneId"))));
    }
    noteDeletion(doc, [
      ...[...stages].map((id) => getRecord(doc, "stages", id)),
      ...[...lanes].map((id) => getRecord(doc, "lanes", id)),
    ]);
    for (const id of stages) collection(doc, "stages").delete(id);
    for (const id of lanes) collection(doc, "lanes").delete(id);
  }, LOCAL);
}

// Deletes whatever is selected (cards, connections, stages, lanes) as one undo step.
import type * as Y from "yjs";
import { LOCAL, collection } from "../schema";
import { deleteCardIds, deleteCardsIn } from "./cascade";

export interface Selection {
  cards?: readonly string[];
  connections?: readonly string[];
  stages?: readonly string[];
  lanes?: readonly string[];
}

export function deleteSelection(doc: Y.Doc, selection: Selection): void {
  doc.transact(() => {
    const connections = collection(doc, "connections");
    for (const id of selection.connections ?? []) connections.delete(id);
    deleteCardIds(doc, selection.cards ?? []);
    const stages = new Set(selection.stages ?? []);
    const lanes = new Set(selection.lanes ?? []);
    if (stages.size || lanes.size) {
      deleteCardsIn(doc, (c) => stages.has(String(c.get("stageId"))) || lanes.has(String(c.get("laneId"))));
    }
    for (const id of stages) collection(doc, "stages").delete(id);
    for (const id of lanes) collection(doc, "lanes").delete(id);
  }, LOCAL);
}

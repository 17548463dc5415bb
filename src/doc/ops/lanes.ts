// Lane commands: add, rename or change kind, move, delete (with the cards in it).
import type * as Y from "yjs";
import { collection, recordsOf } from "../schema";
import { laneSchema, type Lane, type LaneKind } from "../records/lane";
import { newId } from "../ids";
import { parseOrThrow } from "./validate";
import { NEUTRAL_EMOTION } from "./cards";
import { addGridLine, deleteGridLine, moveGridLine, updateGridLine } from "./stagesAndLanes";

export function addLane(doc: Y.Doc, args: { name: string; kind: LaneKind; index?: number }): string {
  const id = newId("ln");
  const lane = parseOrThrow(laneSchema, { id, name: args.name, kind: args.kind }, "lane");
  addGridLine(doc, "lanes", lane, args.index);
  return id;
}

export function updateLane(doc: Y.Doc, id: string, patch: Partial<Omit<Lane, "id">>): void {
  updateGridLine(doc, "lanes", laneSchema, id, patch, (fields) => {
    // Cards in an emotions lane carry an emotion: a lane that becomes one gives its cards a neutral one.
    if (fields["kind"] === "emotions") {
      for (const card of recordsOf(collection(doc, "cards"))) {
        if (card.get("laneId") === id && card.get("emotion") === undefined) card.set("emotion", NEUTRAL_EMOTION);
      }
    }
  });
}

export function moveLane(doc: Y.Doc, id: string, toIndex: number): void {
  moveGridLine(doc, "lanes", id, toIndex);
}

export function deleteLane(doc: Y.Doc, id: string): void {
  deleteGridLine(doc, "lanes", id);
}

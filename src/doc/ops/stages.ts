// Stage commands: add, rename or set the customer goal, move, delete (with the cards in it).
import type * as Y from "yjs";
import { stageSchema, type Stage } from "../records/stage";
import { newId } from "../ids";
import { parseOrThrow } from "./validate";
import { addGridLine, deleteGridLine, moveGridLine, updateGridLine } from "./stagesAndLanes";

export function addStage(doc: Y.Doc, args: { name: string; customerGoal?: string; index?: number }): string {
  const id = newId("st");
  const stage = parseOrThrow(stageSchema, { id, name: args.name, customerGoal: args.customerGoal }, "stage");
  addGridLine(doc, "stages", stage, args.index);
  return id;
}

export function updateStage(doc: Y.Doc, id: string, patch: Partial<Omit<Stage, "id">>): void {
  updateGridLine(doc, "stages", stageSchema, id, patch);
}

export function moveStage(doc: Y.Doc, id: string, toIndex: number): void {
  moveGridLine(doc, "stages", id, toIndex);
}

export function deleteStage(doc: Y.Doc, id: string): void {
  deleteGridLine(doc, "stages", id);
}

// A stage: one column of the map, left to right, named as the customer would name the phase.
import { z } from "zod";
import { MAX, idSchema, requiredName, text } from "./limits";

export type StageId = string;

export const stageSchema = z.looseObject({
  id: idSchema,
  name: requiredName(MAX.name),
  customerGoal: text(MAX.text).optional(),
});

export type Stage = z.infer<typeof stageSchema>;

export function defaultStage(id: StageId, name = "New stage"): Stage {
  return { id, name };
}

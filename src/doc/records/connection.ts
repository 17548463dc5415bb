// A connection: one step of the customer's path, from one card to the next.
import { z } from "zod";
import { MAX, idSchema, text } from "./limits";

export type ConnectionId = string;

export const connectionSchema = z.looseObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: text(MAX.name).optional(),
});

export type Connection = z.infer<typeof connectionSchema>;

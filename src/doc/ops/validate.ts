// Validation of op arguments: an op refuses bad input with a sentence and writes nothing.
import type { z } from "zod";
import { OpError } from "../errors";

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = first?.path.length ? ` (${first.path.join(".")})` : "";
  throw new OpError(`The ${what} was not changed: ${first?.message ?? "invalid value"}${path}.`);
}

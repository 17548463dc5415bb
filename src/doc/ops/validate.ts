// Validation of op arguments: an op refuses bad input with a sentence and writes nothing.
import type { z } from "zod";
import { OpError, type OpSubject } from "../errors";

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: OpSubject): T {
  // reportInput: an interface in another language tells a number too large to be finite (1e999) by its input.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw new OpError({ code: "invalid", subject: what, issue: result.error.issues[0] });
}

/**
 * Checks a record as it would be after a patch (undefined removes a field) against its full schema, so
 * an update can neither leave a required field empty nor remove it.
 */
export function mergedOrThrow<T>(
  schema: z.ZodType<T>,
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
  what: OpSubject,
): void {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  parseOrThrow(schema, merged, what);
}

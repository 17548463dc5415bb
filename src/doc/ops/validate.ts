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

/**
 * Checks a record as it would be after a patch (undefined removes a field) against its full schema, so
 * an update can neither leave a required field empty nor remove it.
 */
export function mergedOrThrow<T>(
  schema: z.ZodType<T>,
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
  what: string,
): void {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  parseOrThrow(schema, merged, what);
}

// The record schemas on their own: what an import, an HTTP body and an op all agree on.
import { z } from "zod";
import { journeySchema } from "../../src/doc";
import { MAX, idSchema } from "../../src/doc/records/limits";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe("idSchema", () => {
  it("gives one message for an empty or overlong id, not also the one about characters", () => {
    expect(messages(idSchema.safeParse(""))).toEqual(["must not be empty"]);
    expect(messages(idSchema.safeParse(" ".repeat(101)))).toEqual(["must be at most 100 characters"]);
    expect(messages(idSchema.safeParse("a b"))).toEqual(["may only hold letters, digits and _ . : -"]);
    expect(messages(idSchema.safeParse("cd_a"))).toEqual([]);
  });
});

/** Every string field of the journey schema, with its path and its maximum length (null for none). */
function stringFields(schema: z.ZodType, path: string): [string, number | null][] {
  if (schema instanceof z.ZodOptional) return stringFields(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return stringFields(schema.element as z.ZodType, `${path}[]`);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, inner]) =>
      stringFields(inner, `${path}.${key}`),
    );
  }
  if (schema instanceof z.ZodString) return [[path, schema.maxLength]];
  return [];
}

describe("string lengths", () => {
  it("gives every string in a journey a maximum length", () => {
    const fields = stringFields(journeySchema, "journey");
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter(([, max]) => max === null || max > MAX.longText).map(([path]) => path)).toEqual([]);
    expect(Object.fromEntries(fields)).toMatchObject({
      "journey.language": MAX.language,
      "journey.comments[].createdAt": MAX.date,
      "journey.comments[].replies[].createdAt": MAX.date,
      "journey.cards[].measurement.observations[].date": MAX.date,
    });
  });
});

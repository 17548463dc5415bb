// The record schemas on their own: what an import, an HTTP body and an op all agree on.
import { idSchema } from "../../src/doc/records/limits";

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

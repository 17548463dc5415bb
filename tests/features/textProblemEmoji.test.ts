// A field's length limit counts characters as the journey format does: a title of 200 characters with emoji fits,
// one of 201 is refused, naming 201.
import { describe, expect, it } from "vitest";
import type { TFunction } from "i18next";
import { textProblem } from "../../src/features/inspector/textProblem";

const t = ((key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values ?? {})}`) as TFunction;

describe("a text's length in a field", () => {
  it("counts an emoji as one character", () => {
    const title = "🚗".repeat(100) + "Ich prüfe".repeat(10) + "ß".repeat(10);
    expect([...title].length).toBe(200);
    expect(textProblem(title, { max: 200 }, t)).toBeNull();
    expect(textProblem(`${title}!`, { max: 200 }, t)).toBe('field.tooLong {"max":200,"count":201}');
  });
});

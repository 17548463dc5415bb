// The German export words say what the German interface says: Kontaktpunkt, never the English Touchpoint.
import { describe, expect, it } from "vitest";
import { wordsFor } from "../../src/export/words";

/** Every fixed word of a language, the sentences made with sample figures. */
function allWords(language: string): string[] {
  return Object.values(wordsFor(language)).map((word) =>
    typeof word === "function" ? (word as (...args: number[]) => string)(1, 2, 3) : String(word),
  );
}

describe("export words", () => {
  it("call a touchpoint a Kontaktpunkt in German, as the lane and the checks do", () => {
    const german = allWords("de");
    expect(german.filter((w) => /touch/i.test(w))).toEqual([]);
    expect(german).toContain("Kontaktpunkt");
    expect(german).toContain("Gemessene Kontaktpunkte: 1 von 2");
  });

  it("keep the English words", () => {
    expect(allWords("en")).toContain("Touchpoint");
  });
});

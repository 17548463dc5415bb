// German interface strings name one thing with one word: the lane kind is "Kontaktpunkte", so no German string
// says "Touchpoint" for it.
import { resources } from "../../src/i18n";

function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

describe("German wording", () => {
  it("calls touchpoints Kontaktpunkte everywhere, as the lane kind does", () => {
    const german = strings(resources.de.translation);
    expect(german.find(([path]) => path === "laneKind.touchpoints")?.[1]).toBe("Kontaktpunkte");
    expect(german.filter(([, text]) => /touch/i.test(text))).toEqual([]);
  });
});

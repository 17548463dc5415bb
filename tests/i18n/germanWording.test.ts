import { resources } from "../../src/i18n";

/** Every leaf of a translation tree with its key path. */
function leaves(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const en = new Map(leaves(resources.en.translation));
const de = leaves(resources.de.translation);

describe("the German interface", () => {
  it("calls the map a Map, never a Karte, which is its word for a card", () => {
    const aboutTheMap = de.filter(([key]) => {
      const english = en.get(key) ?? "";
      return /\bmaps?\b/i.test(english) && !/\bcards?\b/i.test(english);
    });
    expect(aboutTheMap.length).toBeGreaterThan(5);
    expect(aboutTheMap.filter(([, german]) => /Karte/.test(german))).toEqual([]);
  });

  it("addresses the reader as Sie everywhere, as the start page and the inspector do", () => {
    expect(de.filter(([, german]) => /\b(du|dein\w*|dich|dir)\b/i.test(german))).toEqual([]);
  });

  it("writes Signature-Interaktion in the legend and the inspector as the health summary does", () => {
    expect(de.filter(([, german]) => /Interaction/.test(german))).toEqual([]);
    expect(resources.de.translation.card.signatureInteraction).toBe("Signature-Interaktion");
  });
});

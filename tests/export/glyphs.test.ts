// Every character the export prints must exist in the embedded font, or it shows as an empty box on paper.
import { create } from "fontkit";
import { layoutJourney, type TextItem } from "../../src/export";
import { loadFonts } from "../../server/exportFile";
import { FIXED_NOW, exampleJourney, generatedJourney, germanJourney, realMeasurer } from "./helpers";

describe("the embedded font", () => {
  it("has a glyph, in the main font or a fallback, for every character of the fixed words and the example maps", async () => {
    const fonts = await loadFonts();
    const pairs = [fonts, ...(fonts.fallbacks ?? [])];
    const faces = { regular: pairs.map((p) => create(p.regular)), bold: pairs.map((p) => create(p.bold)) };
    const measure = await realMeasurer();
    const comments = [
      {
        id: "k",
        anchor: { kind: "card" as const, id: "c1" },
        author: "Jörg",
        text: "Bitte prüfen.",
        createdAt: "2026-11-20T09:00:00Z",
        resolved: true,
        replies: [{ id: "r", author: "Anna", text: "Ok.", createdAt: "2026-11-20T10:00:00Z" }],
      },
    ];
    const polyglot = { ...germanJourney(), title: "Łukasz Dvořák – Привет – Γειά σου – Şahin Öztürk" };
    const journeys = [
      polyglot,
      exampleJourney(),
      { ...germanJourney(), comments },
      generatedJourney(40, 12),
      { ...generatedJourney(40, 12), language: "de" },
    ];
    const missing = new Set<string>();
    for (const journey of journeys) {
      for (const paper of ["a3", "a4"] as const) {
        const layout = layoutJourney(journey, {
          paper,
          comments: true,
          measure,
          now: FIXED_NOW,
          health: { score: 1, findings: [{ rule: "r", message: "m" }] },
        });
        for (const page of layout.pages)
          for (const item of page.items.filter((i): i is TextItem => i.type === "text"))
            for (const ch of item.text) {
              const set = item.bold ? faces.bold : faces.regular;
              if (!set.some((face) => face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)))
                missing.add(`${ch} U+${(ch.codePointAt(0) ?? 0).toString(16)} in "${item.text}"`);
            }
      }
    }
    expect([...missing]).toEqual([]);
  });
});

// Seeded random journeys with extreme text: the layout always ends, keeps every word and stays on the paper.
import { layoutJourney, type TextItem } from "../../src/export";
import { mono, randomJourney } from "./randomJourneys";

/** From the layout's style: 28 pt margin, 26 pt footer band, footer text 4 pt above the margin. */
const BODY_BOTTOM = (height: number) => height - 28 - 26;
const FOOTER_BASELINE = (height: number) => height - 28 - 4;
const dense = (s: string) => s.replace(/\s+/g, "");

describe("the print layout on random journeys", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    it(`keeps every word on the paper for seed ${seed}`, () => {
      const journey = randomJourney(seed);
      for (const paper of ["a3", "a4"] as const) {
        const layout = layoutJourney(journey, { paper, comments: true, measure: mono, now: new Date(0) });
        const texts = layout.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.type === "text"));
        for (const t of texts) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x + mono.width(t.text, t.size, t.bold)).toBeLessThanOrEqual(layout.width + 0.01);
          expect(t.y).toBeGreaterThan(0);
          expect(t.y).toBeLessThanOrEqual(layout.height);
          // Nothing but the footer line (page number, legend) runs into the bottom margin and footer band.
          if (Math.abs(t.y - FOOTER_BASELINE(layout.height)) > 0.01)
            expect(t.y).toBeLessThanOrEqual(BODY_BOTTOM(layout.height));
        }
        // A word broken at a page end goes on in the same column of the next page: read column by column.
        const columns = new Map<string, string>();
        for (const t of texts) columns.set(t.x.toFixed(2), (columns.get(t.x.toFixed(2)) ?? "") + dense(t.text));
        const all = [...columns.values()].join("\n");
        const expected = [
          ...journey.cards.flatMap((c) => [c.title, c.description ?? ""]),
          ...journey.stages.flatMap((s) => [s.name, s.customerGoal ?? ""]),
          ...journey.lanes.map((l) => l.name),
          ...(journey.comments ?? []).map((c) => c.text),
        ];
        for (const text of expected) for (const w of text.split(" ").filter((x) => x !== "")) expect(all).toContain(w);
      }
    });
  }
});

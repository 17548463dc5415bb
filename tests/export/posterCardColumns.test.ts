// The PNG's sheet of a map whose few stages hold many cards each: stacked in one column per stage the sheet was
// taller than a PNG may be, and the PNG was refused; the cells' cards now go in columns side by side, as few as make
// the sheet fit, every card whole and none over another. A map whose sheet fits is laid out as before.
import { layoutPoster, pngScale, touchpointsOf, type LayoutPage, type TextMeasurer } from "../../src/export";
import { POSTER_COL_W } from "../../src/export/layout/poster";
import { LANE_W } from "../../src/export/layout/mapPages";
import { CARD_FILL, MARGIN } from "../../src/export/layout/style";
import { generatedJourney, realMeasurer } from "./helpers";

let measure: TextMeasurer;
beforeAll(async () => {
  measure = await realMeasurer();
});

const texts = (page: LayoutPage | undefined): string =>
  (page?.items ?? [])
    .flatMap((i) => (i.type === "text" ? [i.text] : []))
    .join(" ")
    .replace(/\s+/g, " ");

/** The cards' boxes: white, with rounded corners. */
const cards = (page: LayoutPage | undefined) =>
  (page?.items ?? []).flatMap((i) => (i.type === "rect" && i.fill === CARD_FILL && i.radius === 2 ? [i] : []));

describe("the PNG's sheet of a map with many cards in each cell", () => {
  it("puts the cells' cards in columns side by side, so that the PNG is drawn with every card", () => {
    // 700 touchpoints in 2 stages: 350 cards a cell, 17,000 points tall in one column.
    const journey = generatedJourney(700, 2);
    const sheet = layoutPoster(journey, { measure });
    expect(sheet).toBeDefined();
    const { width = 0, height = 0 } = sheet ?? {};
    expect(() => pngScale(width, height)).not.toThrow();
    expect(width).toBeGreaterThan(2 * MARGIN + LANE_W + 2 * POSTER_COL_W);
    const page = sheet?.pages[0];
    const all = texts(page);
    for (const { card } of touchpointsOf(journey)) expect(all).toContain(card.title);
    const boxes = cards(page);
    expect(boxes.length).toBeGreaterThanOrEqual(journey.cards.length);
    // Every card on the sheet, none over another.
    for (const a of boxes) {
      expect(a.x + a.w).toBeLessThanOrEqual(width);
      expect(a.y + a.h).toBeLessThanOrEqual(height);
    }
    const sorted = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
    let overlaps = 0;
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (b.x >= a.x + a.w) break;
        if (b.y < a.y + a.h && a.y < b.y + b.h) overlaps++;
      }
    expect(overlaps).toBe(0);
  });

  it("lays out a map whose sheet fits as before: one column of cards a stage", () => {
    const journey = generatedJourney(480, 24);
    const sheet = layoutPoster(journey, { measure });
    expect(sheet?.width).toBe(2 * MARGIN + LANE_W + 24 * POSTER_COL_W);
    const xs = new Set(cards(sheet?.pages[0]).map((c) => c.x));
    expect(xs.size).toBe(24);
  });
});

// The PNG's picture: the whole map on one sheet as large as the map (every stage and every lane, nothing continued on
// another page), and how many pixels it gets: two per point, fewer for a big map, and a sentence for one too big.
import type { Journey } from "../../src/doc";
import {
  layoutJourney,
  layoutPoster,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  pngPixels,
  pngScale,
  PngTooLargeError,
  renderMapSheet,
  type LayoutPage,
  type TextMeasurer,
} from "../../src/export";
import { exampleJourney, generatedJourney, realMeasurer } from "./helpers";

let measure: TextMeasurer;
beforeAll(async () => {
  measure = await realMeasurer();
});

const texts = (page: LayoutPage | undefined): string =>
  (page?.items ?? []).flatMap((i) => (i.type === "text" ? [i.text] : [])).join(" ");

/** A card title is wrapped over lines; its words in order are what must be there. */
const holds = (text: string, title: string): boolean => text.replace(/\s+/g, " ").includes(title);

describe("the sheet of the whole map", () => {
  it("shows every stage, lane and card of a 24-stage map on one page, which the first A3 page does not", () => {
    const journey = generatedJourney(480);
    const sheet = layoutPoster(journey, { measure });
    expect(sheet?.pages).toHaveLength(1);
    const text = texts(sheet?.pages[0]);
    const missing = [
      ...journey.stages.map((s) => s.name),
      ...journey.lanes.map((l) => l.name),
      ...journey.cards.map((c) => c.title),
    ].filter((name) => !holds(text, name));
    expect(missing).toEqual([]);
    // Nothing is continued elsewhere, and there is no page number: it is the whole map.
    expect(text).not.toMatch(/continued|Page 1 of/);
    expect(text).toContain("Stages 1–24 of 24");
    expect(text).toContain(journey.title);
    // Wide enough for all 24 stage columns, and every drawn item lies on the sheet.
    expect(sheet?.width).toBeGreaterThan(24 * 170);
    for (const item of sheet?.pages[0]?.items ?? []) {
      if (item.type === "rect") {
        expect(item.x + item.w).toBeLessThanOrEqual((sheet?.width ?? 0) + 0.01);
        expect(item.y + item.h).toBeLessThanOrEqual((sheet?.height ?? 0) + 0.01);
      }
    }
    // The print layout's first map page (what the PNG held before) ends at stage 6.
    const a3 = layoutJourney(journey, { paper: "a3", measure });
    const firstMap = texts(a3.pages.find((p) => p.kind === "map"));
    expect(holds(firstMap, "Stage 24")).toBe(false);
  });

  it("puts the comments under the map when asked, the map's own first", () => {
    const base = exampleJourney();
    const card = base.cards[0];
    const journey: Journey = {
      ...base,
      comments: [
        {
          id: "c1",
          anchor: { kind: "card", id: card?.id ?? "" },
          author: "Jörg",
          text: "Größer schreiben, „bitte“",
          createdAt: "2026-11-22T10:00:00.000Z",
          resolved: false,
          replies: [],
        },
        {
          id: "c2",
          anchor: { kind: "map" },
          author: "Ada",
          text: "Looks complete",
          createdAt: "2026-11-22T10:00:00.000Z",
          resolved: false,
          replies: [],
        },
      ],
    };
    const without = texts(layoutPoster(journey, { measure })?.pages[0]);
    expect(without).not.toContain("Größer schreiben");
    const sheet = layoutPoster(journey, { measure, comments: true });
    const text = texts(sheet?.pages[0]);
    expect(text).toContain("[1] Ada: Looks complete");
    expect(text).toContain("[2] Jörg: Größer schreiben, „bitte“");
    expect(sheet?.height).toBeGreaterThan(layoutPoster(journey, { measure })?.height ?? Infinity);
  });

  it("is the title page for a map without stages, and an SVG of the sheet's size otherwise", () => {
    const empty: Journey = { ...exampleJourney(), stages: [], cards: [], connections: [] };
    expect(layoutPoster(empty, { measure })).toBeUndefined();
    const titlePage = renderMapSheet(empty, { measure });
    expect(titlePage.svg).toContain(empty.title);
    const sheet = renderMapSheet(generatedJourney(48), { measure });
    expect(sheet.svg).toContain(`viewBox="0 0 ${Math.round(sheet.width * 100) / 100} ${sheet.height}"`);
    expect(sheet.svg).toContain("Stage 24");
  });
});

describe("the PNG's pixels", () => {
  it("are two per point for a map of ordinary size", () => {
    expect(pngScale(1102, 424)).toBe(2);
    expect(pngPixels(1102, 424, 2)).toEqual({ width: 2204, height: 848 });
  });

  it("are fewer for a big map, so the image stays within the limits", () => {
    const sheet = layoutPoster(generatedJourney(2000, 40), { measure });
    const scale = pngScale(sheet?.width ?? 0, sheet?.height ?? 0);
    expect(scale).toBeLessThan(2);
    expect(scale).toBeGreaterThanOrEqual(1);
    const px = pngPixels(sheet?.width ?? 0, sheet?.height ?? 0, scale);
    expect(Math.max(px.width, px.height)).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(px.width * px.height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
  });

  it("refuse a map too big even at one pixel per point, with a sentence that says what to do instead", () => {
    const sheet = layoutPoster(generatedJourney(100, 100), { measure });
    let error: unknown;
    try {
      pngScale(sheet?.width ?? 0, sheet?.height ?? 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PngTooLargeError);
    expect((error as Error).message).toMatch(
      /^This map is too big for one PNG image: it would be 19,152 × \d[\d,]* pixels, more than the 16,384 pixels a side and 64 million pixels a PNG may have\. Export it as PDF or SVG, which split the map into pages\.$/,
    );
  });
});

// The SVG download of a big map opens in tools that cap an image at 32,767 pixels a side (cairo, librsvg, Inkscape
// and many image pipelines): its pages go in several columns instead of one sheet 100,000 pixels tall, every card's
// text kept; a map that fits in one column is drawn as it always was.
import { layoutJourney, renderSvgSheet, touchpointsOf } from "../../src/export";
import { SHEET_MAX_SIDE, sheetGrid } from "../../src/export/svg";
import { FIXED_NOW, exampleJourney, generatedJourney, realMeasurer, squash } from "./helpers";

/** What librsvg and cairo refuse past, in pixels; an SVG's points are 4/3 pixels each at 96 pixels per inch. */
const TOOL_MAX_PX = 32_767;
const px = (pt: number) => (pt * 4) / 3;

type Sheet = { width: number; height: number; viewBox: number[]; pages: { x: number; y: number }[] };

function sheetOf(svg: string): Sheet {
  const root = /<svg [^>]*width="([\d.]+)pt" height="([\d.]+)pt" viewBox="([^"]+)"/.exec(svg);
  const pages = [...svg.matchAll(/<g transform="translate\(([\d.]+) ([\d.]+)\)">/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));
  return {
    width: Number(root?.[1]),
    height: Number(root?.[2]),
    viewBox: (root?.[3] ?? "").split(" ").map(Number),
    pages,
  };
}

const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));

describe("the SVG sheet of a big map", () => {
  it("puts a big map's pages in columns that tools capped at 32,767 pixels open, with every card's text", async () => {
    // 480 touchpoints make 31 A3 pages, 35,758 pixels in one column (2,000 cards made 125,810).
    const journey = generatedJourney(480);
    const measure = await realMeasurer();
    const layout = layoutJourney(journey, { paper: "a3", measure, now: FIXED_NOW });
    const svg = renderSvgSheet(journey, { paper: "a3", measure, now: FIXED_NOW });
    const sheet = sheetOf(svg);
    expect(px(sheet.width)).toBeLessThanOrEqual(TOOL_MAX_PX);
    expect(px(sheet.height)).toBeLessThanOrEqual(TOOL_MAX_PX);
    // The squarest arrangement: within the 16,384 pixels a side that stricter image pipelines allow, too.
    expect(px(Math.max(sheet.width, sheet.height))).toBeLessThanOrEqual(16_384);
    // Declared at its full size: nothing shrunk, only rearranged.
    expect(sheet.viewBox).toEqual([0, 0, sheet.width, sheet.height]);
    // Every page is there, whole, inside the sheet, none over another.
    expect(sheet.pages).toHaveLength(layout.pages.length);
    expect(new Set(sheet.pages.map((p) => p.x)).size).toBeGreaterThan(1);
    for (const p of sheet.pages) {
      expect(p.x + layout.width).toBeLessThanOrEqual(sheet.width + 0.01);
      expect(p.y + layout.height).toBeLessThanOrEqual(sheet.height + 0.01);
    }
    expect(new Set(sheet.pages.map((p) => `${p.x} ${p.y}`)).size).toBe(sheet.pages.length);
    // Read top to bottom, then on at the top of the next column: the title page comes first.
    expect(sheet.pages[0]).toEqual({ x: 0, y: 0 });
    expect(sheet.pages[1]).toEqual({ x: 0, y: Math.round((layout.height + 24) * 100) / 100 });
    const all = squash(texts(svg).join(" "));
    for (const { card } of touchpointsOf(journey)) expect(all).toContain(card.title);
  });

  it("draws a map that fits in one column as before: one column, as tall as its pages", async () => {
    const measure = await realMeasurer();
    const layout = layoutJourney(exampleJourney(), { paper: "a3", measure, now: FIXED_NOW });
    const sheet = sheetOf(renderSvgSheet(exampleJourney(), { paper: "a3", measure, now: FIXED_NOW }));
    expect(sheet.pages.map((p) => p.x)).toEqual(layout.pages.map(() => 0));
    const tall = layout.pages.length * layout.height + (layout.pages.length - 1) * 24;
    expect(sheet.height).toBe(Math.round(tall * 100) / 100);
    expect(sheet.width).toBe(Math.round(layout.width * 100) / 100);
  });

  it("declares a map too big even in columns at the largest size tools open, its drawing kept whole", () => {
    // 3,000 A3 pages: no arrangement stays within the limit.
    const grid = sheetGrid(3000, 1190.55, 841.89);
    expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(3000);
    expect(grid.scale).toBeLessThan(1);
    expect(Math.max(grid.width, grid.height) * grid.scale).toBeCloseTo(SHEET_MAX_SIDE, 6);
    expect(px(SHEET_MAX_SIDE)).toBeLessThanOrEqual(TOOL_MAX_PX);
    // The squarest arrangement, so that its pages are shrunk the least.
    expect(grid.width / grid.height).toBeGreaterThan(0.6);
    expect(grid.width / grid.height).toBeLessThan(1.7);
    // A handful of pages stays one column at full size.
    expect(sheetGrid(5, 1190.55, 841.89)).toMatchObject({ columns: 1, rows: 5, scale: 1 });
  });
});

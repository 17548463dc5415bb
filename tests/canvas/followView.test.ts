// The geometry of following a colleague's view: what a page shows, fitting it into another window, and the glide.
import { describe, expect, it } from "vitest";
import { fitRect, glide, shownRect } from "../../src/canvas/followView";

const LIMITS = { min: 0.1, max: 2 };
const centreOf = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

describe("shownRect", () => {
  it("reads the map's rectangle a viewport shows, in map coordinates", () => {
    expect(shownRect({ x: -200, y: 100, zoom: 2 }, { width: 1440, height: 900 })).toEqual({
      x: 100,
      y: -50,
      width: 720,
      height: 450,
    });
  });

  it("shows nothing for a window not measured yet", () => {
    expect(shownRect({ x: 0, y: 0, zoom: 1 }, { width: 0, height: 800 })).toBeNull();
  });
});

describe("fitRect", () => {
  it("shows a 1440x900 leader's view whole in a 1280x800 window, with the same centre", () => {
    // The canvases of those windows, beside the side panel and under the header and toolbar: not the same shape.
    const leader = shownRect({ x: -300, y: -120, zoom: 1.25 }, { width: 1440 - 340, height: 900 - 120 });
    if (!leader) throw new Error("no view");
    const size = { width: 1280 - 340, height: 800 - 120 };
    const fitted = fitRect(leader, size, LIMITS);
    const mine = shownRect(fitted, size);
    if (!mine) throw new Error("no view");
    expect(centreOf(mine).x).toBeCloseTo(centreOf(leader).x, 1);
    expect(centreOf(mine).y).toBeCloseTo(centreOf(leader).y, 1);
    expect(mine.x).toBeLessThanOrEqual(leader.x + 0.01);
    expect(mine.y).toBeLessThanOrEqual(leader.y + 0.01);
    expect(mine.x + mine.width).toBeGreaterThanOrEqual(leader.x + leader.width - 0.01);
    expect(mine.y + mine.height).toBeGreaterThanOrEqual(leader.y + leader.height - 0.01);
    // Whole, and no smaller than needed: one side fits exactly.
    expect(Math.min(mine.width - leader.width, mine.height - leader.height)).toBeCloseTo(0, 1);
    // Whole windows of the same shape show the same part of the map, a little smaller.
    const window = fitRect(
      { x: 0, y: 0, width: 1440 / 1.25, height: 900 / 1.25 },
      { width: 1280, height: 800 },
      LIMITS,
    );
    expect(window.zoom).toBeCloseTo(1.25 * (1280 / 1440), 5);
  });

  it("fits a wide view into a tall window by its width, and a tall one by its height", () => {
    const wide = fitRect({ x: 0, y: 0, width: 2000, height: 500 }, { width: 1000, height: 1000 }, LIMITS);
    expect(wide.zoom).toBeCloseTo(0.5);
    expect(wide.y).toBeCloseTo(500 - 250 * 0.5);
    const tall = fitRect({ x: 0, y: 0, width: 500, height: 2000 }, { width: 1000, height: 1000 }, LIMITS);
    expect(tall.zoom).toBeCloseTo(0.5);
    expect(tall.x).toBeCloseTo(500 - 250 * 0.5);
  });

  it("keeps within the canvas's zoom limits and still centres the view", () => {
    const tiny = fitRect({ x: 10, y: 10, width: 20, height: 20 }, { width: 1000, height: 800 }, LIMITS);
    expect(tiny.zoom).toBe(2);
    expect(tiny.x).toBeCloseTo(500 - 20 * 2);
    expect(tiny.y).toBeCloseTo(400 - 20 * 2);
    expect(fitRect({ x: 0, y: 0, width: 1e6, height: 1e6 }, { width: 1000, height: 800 }, LIMITS).zoom).toBe(0.1);
  });
});

describe("glide", () => {
  const size = { width: 1000, height: 800 };
  const from = { x: 0, y: 0, zoom: 1 };
  const to = { x: -1000, y: -400, zoom: 4 };

  it("starts where it is, ends at the target, and never passes it", () => {
    expect(glide(from, to, 0, size)).toEqual(from);
    expect(glide(from, to, 1, size)).toEqual(to);
    expect(glide(from, to, 1.5, size)).toEqual(to);
  });

  it("moves the centre in a straight line and the zoom by equal factors", () => {
    const half = glide(from, to, 0.5, size);
    expect(half.zoom).toBeCloseTo(2);
    const centre = (v: { x: number; y: number; zoom: number }) => ({
      x: (size.width / 2 - v.x) / v.zoom,
      y: (size.height / 2 - v.y) / v.zoom,
    });
    const a = centre(from);
    const b = centre(to);
    expect(centre(half).x).toBeCloseTo((a.x + b.x) / 2);
    expect(centre(half).y).toBeCloseTo((a.y + b.y) / 2);
  });
});

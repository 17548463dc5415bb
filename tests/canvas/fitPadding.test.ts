// Fitting the map into view keeps it clear of what floats over the canvas: the legend at the bottom right, the zoom
// buttons at the bottom left, the header rails. Of the ways round each, the one that shows the map largest wins.
import { getViewportForBounds } from "@xyflow/react";
import { FIT_MARGIN, fitClearOf, type Box } from "../../src/canvas/fitPadding";

const view = { width: 1000, height: 600 };
const zoom = { min: 0.1, max: 1 };
const legend: Box = { x: 560, y: 520, width: 430, height: 70 };
const controls: Box = { x: 10, y: 470, width: 30, height: 120 };

/** Where the map lands on screen with the fit's padding. */
function placed(map: Box, padding: Parameters<typeof getViewportForBounds>[5]): Box {
  const v = getViewportForBounds(map, view.width, view.height, zoom.min, zoom.max, padding);
  return { x: v.x + map.x * v.zoom, y: v.y + map.y * v.zoom, width: map.width * v.zoom, height: map.height * v.zoom };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("a fit clear of the overlays", () => {
  it.each([
    ["wide", { x: 0, y: 0, width: 3400, height: 900 }],
    ["tall", { x: 0, y: 0, width: 1000, height: 2600 }],
    ["small", { x: 0, y: 0, width: 700, height: 400 }],
    ["just the view's shape", { x: 0, y: 0, width: 2000, height: 1200 }],
  ])("keeps a %s map inside the view and off the legend and the zoom buttons", (_name, map) => {
    const fit = fitClearOf(map, view, [legend, controls], zoom);
    const at = placed(map, fit.padding);
    expect(at.x).toBeGreaterThanOrEqual(FIT_MARGIN - 1);
    expect(at.y).toBeGreaterThanOrEqual(FIT_MARGIN - 1);
    expect(at.x + at.width).toBeLessThanOrEqual(view.width - FIT_MARGIN + 1);
    expect(at.y + at.height).toBeLessThanOrEqual(view.height - FIT_MARGIN + 1);
    expect(overlaps(at, legend)).toBe(false);
    expect(overlaps(at, controls)).toBe(false);
    expect(fit.zoom).toBeGreaterThan(0);
  });

  it("shows a wide map as large as the room above the overlays allows, not smaller", () => {
    const map = { x: 0, y: 0, width: 3400, height: 900 };
    const fit = fitClearOf(map, view, [legend, controls], zoom);
    expect(fit.zoom).toBeCloseTo((view.width - 2 * FIT_MARGIN) / map.width, 2);
  });
});

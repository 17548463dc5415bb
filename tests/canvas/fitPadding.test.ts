// Fitting the map into view keeps it clear of what floats over the canvas: the legend at the bottom right, the zoom
// buttons at the bottom left, the header rails. Of the ways round each, the one that shows the map largest wins.
// A map opens so fitted, unless that sketches cards a little scrolling would let one read.
import { getViewportForBounds } from "@xyflow/react";
import { FIT_MARGIN, fitClearOf, openingViewport, tooBigToRead, type Box } from "../../src/canvas/fitPadding";
import { computeGrid } from "../../src/canvas/layout";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import type { Journey } from "../../src/doc";
import { exampleJourney, generatedJourney } from "../export/journeys";

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

describe("where a map opens", () => {
  // The canvas of a 1024 × 700 window with the side panel open, and of a 1440 × 900 one.
  const laptop = { width: 684, height: 578 };
  const desktop = { width: 1100, height: 806 };
  const topLeft = { x: 144, y: 42 };
  const boxOf = (journey: Journey): Box => {
    const grid = computeGrid(journey);
    return { x: 0, y: 0, width: grid.width, height: grid.height };
  };
  const opening = (map: Box, at: { width: number; height: number }) =>
    openingViewport(map, at, fitClearOf(map, at, [], zoom), DETAIL_ZOOM, zoom, topLeft);

  it("draws the cards of a five-stage map in full on a small laptop, from its top-left corner, not as sketches", () => {
    const map = boxOf(exampleJourney());
    expect(fitClearOf(map, laptop, [], zoom).zoom).toBeLessThan(DETAIL_ZOOM);
    expect(opening(map, laptop)).toEqual({ x: topLeft.x, y: topLeft.y, zoom: DETAIL_ZOOM });
  });

  it("shows the whole of a map whose lanes, drawn in full, are taller than the view, though it is narrow", () => {
    const map = { x: 0, y: 0, width: 1000, height: 1350 };
    expect(tooBigToRead(map, laptop, DETAIL_ZOOM)).toBe(true);
    const fit = fitClearOf(map, laptop, [], zoom);
    expect(opening(map, laptop)).toEqual(getViewportForBounds(map, 684, 578, zoom.min, zoom.max, fit.padding));
  });

  it("fits a map that fits drawn in full as the fit button does", () => {
    const map = boxOf(exampleJourney());
    const fit = fitClearOf(map, desktop, [], zoom);
    expect(fit.zoom).toBeGreaterThanOrEqual(DETAIL_ZOOM);
    expect(opening(map, desktop)).toEqual(getViewportForBounds(map, 1100, 806, zoom.min, zoom.max, fit.padding));
  });

  it("shows the whole of a map of 2,000 cards, far away and sketched, since drawn in full it is many views large", () => {
    const map = boxOf(generatedJourney(2000 - 48, 24));
    expect(tooBigToRead(map, desktop, DETAIL_ZOOM)).toBe(true);
    const fit = fitClearOf(map, desktop, [], zoom);
    const at = opening(map, desktop);
    expect(at).toEqual(getViewportForBounds(map, 1100, 806, zoom.min, zoom.max, fit.padding));
    expect(at.zoom).toBeLessThan(DETAIL_ZOOM);
  });
});

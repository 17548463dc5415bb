// Where "fit the map into view" may put the map: clear of what floats over the canvas (the legend, the zoom
// buttons, the header rails). Each overlay can be kept clear by keeping the map above, below, left or right of
// it; of all those choices, the one that shows the map largest wins. And where a map opens: fitted so, or, when
// that would sketch its cards, drawn in full from its top-left corner. Pure: sizes in, React Flow padding out.
import { getViewportForBounds, type FitViewOptions } from "@xyflow/react";

type Padding = NonNullable<FitViewOptions["padding"]>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Side = "top" | "right" | "bottom" | "left";
type Sides = Record<Side, number>;

/** Room kept between the map and the canvas's edges and overlays, in screen pixels. */
export const FIT_MARGIN = 16;

const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];

/** The padding on `side` that keeps the map clear of `overlay` in a view of `view`'s size. */
function clearOf(overlay: Box, side: Side, view: { width: number; height: number }): number {
  switch (side) {
    case "top":
      return overlay.y + overlay.height + FIT_MARGIN;
    case "bottom":
      return view.height - overlay.y + FIT_MARGIN;
    case "left":
      return overlay.x + overlay.width + FIT_MARGIN;
    case "right":
      return view.width - overlay.x + FIT_MARGIN;
  }
}

export interface Fit {
  padding: Padding;
  zoom: number;
}

/**
 * The padding (in pixels per side) that fits `map` into `view` as large as it can be while no overlay covers it,
 * and the zoom that padding gives. Overlays outside the view, or empty, are left out.
 */
export function fitClearOf(
  map: Box,
  view: { width: number; height: number },
  overlays: readonly Box[],
  zoom: { min: number; max: number },
): Fit {
  const inView = overlays.filter(
    (o) =>
      o.width > 0 && o.height > 0 && o.x < view.width && o.y < view.height && o.x + o.width > 0 && o.y + o.height > 0,
  );
  let best: Fit | null = null;
  // Four ways round each overlay; a canvas has a handful of overlays, so at most a few hundred tries.
  const tries = 4 ** inView.length;
  for (let n = 0; n < tries; n += 1) {
    const sides: Sides = { top: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN, left: FIT_MARGIN };
    let rest = n;
    for (const overlay of inView) {
      const side = SIDES[rest % 4] ?? "top";
      rest = Math.floor(rest / 4);
      sides[side] = Math.max(sides[side], clearOf(overlay, side, view));
    }
    if (sides.left + sides.right >= view.width || sides.top + sides.bottom >= view.height) continue;
    const padding = {
      top: `${sides.top}px`,
      right: `${sides.right}px`,
      bottom: `${sides.bottom}px`,
      left: `${sides.left}px`,
    } as const;
    const fitted = getViewportForBounds(map, view.width, view.height, zoom.min, zoom.max, padding);
    if (!best || fitted.zoom > best.zoom) best = { padding, zoom: fitted.zoom };
  }
  return best ?? { padding: `${FIT_MARGIN}px`, zoom: zoom.min };
}

/**
 * How many times the view's width a map drawn in full may be and still open drawn in full: at most half a view more
 * to scroll along its stages, the way a journey is read. Its lanes must fit the view's height: a map to scroll both
 * ways, or further, opens whole (its cards sketched), where an overview finds one's way better than a peephole into
 * it; zooming in, or the keyboard, then reads a card.
 */
export const READABLE_OVERFLOW = 1.5;

/** Whether `map` drawn at `readableZoom` is too big to open so in `view`: too tall, or too wide (READABLE_OVERFLOW). */
export function tooBigToRead(
  map: { width: number; height: number },
  view: { width: number; height: number },
  readableZoom: number,
): boolean {
  return map.width * readableZoom > READABLE_OVERFLOW * view.width || map.height * readableZoom > view.height;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where a map opens, in a view of `view`'s size: as the fit button shows it (`fit`, from fitClearOf), unless that
 * would draw its cards as sketches (below `readableZoom`) although the map drawn in full is not too big to read
 * (tooBigToRead). Then at `readableZoom`, with its top-left corner, where a journey is read from (its first stage,
 * its lanes' names), at `topLeft` in the view, clear of what stands at the view's top and left edge; the rest is a
 * scroll away, and the fit button still shows all of it.
 */
export function openingViewport(
  map: Box,
  view: { width: number; height: number },
  fit: Fit,
  readableZoom: number,
  zoom: { min: number; max: number },
  topLeft: { x: number; y: number },
): Viewport {
  if (fit.zoom >= readableZoom || tooBigToRead(map, view, readableZoom))
    return getViewportForBounds(map, view.width, view.height, zoom.min, zoom.max, fit.padding);
  return { x: topLeft.x - map.x * readableZoom, y: topLeft.y - map.y * readableZoom, zoom: readableZoom };
}

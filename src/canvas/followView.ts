// The geometry of following someone's view: the rectangle a page shows, the viewport that shows a leader's rectangle
// whole and centred in another window, and the glide between two viewports.
import type { ViewRect } from "../sync";
import type { Viewport } from "./fitPadding";

export interface Size {
  width: number;
  height: number;
}

/** Hundredths of a pixel of the map: enough for any zoom, and a view that did not move sends nothing. No -0. */
const round = (v: number): number => Math.round(v * 100) / 100 + 0;

/** The rectangle of the map (flow coordinates) a viewport shows in a window of `size`; null for an empty window. */
export function shownRect(viewport: Viewport, size: Size): ViewRect | null {
  if (!(size.width > 0 && size.height > 0 && viewport.zoom > 0)) return null;
  return {
    x: round(-viewport.x / viewport.zoom),
    y: round(-viewport.y / viewport.zoom),
    width: round(size.width / viewport.zoom),
    height: round(size.height / viewport.zoom),
  };
}

/**
 * The viewport that shows `rect` whole in a window of `size`, its centre in the window's centre: the zoom at which the
 * rectangle's tighter side fits, within the canvas's zoom limits (past them the centre still matches).
 */
export function fitRect(rect: ViewRect, size: Size, limits: { min: number; max: number }): Viewport {
  const fits = Math.min(size.width / rect.width, size.height / rect.height);
  const zoom = Math.min(limits.max, Math.max(limits.min, fits));
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return { x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom, zoom };
}

/**
 * The viewport a share `t` (0 to 1) of the way from `from` to `to`: the centre of what is shown moves in a straight
 * line and the zoom changes by the same factor each step, so a glide neither wobbles nor rushes its zoom.
 */
export function glide(from: Viewport, to: Viewport, t: number, size: Size): Viewport {
  if (t >= 1) return to;
  const centre = (v: Viewport) => ({ x: (size.width / 2 - v.x) / v.zoom, y: (size.height / 2 - v.y) / v.zoom });
  const a = centre(from);
  const b = centre(to);
  const zoom = from.zoom * Math.pow(to.zoom / from.zoom, t);
  const cx = a.x + (b.x - a.x) * t;
  const cy = a.y + (b.y - a.y) * t;
  return { x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom, zoom };
}

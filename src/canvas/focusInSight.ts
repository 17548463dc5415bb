// Whether something asked to be focused (the arrow keys, N, a finding, a comment thread) is already in full sight:
// then the view stays where it is, so stepping through what is on screen does not slide the whole map under the
// group watching the facilitator's screen. Anything else is centred as before.
import { RAIL_LEFT_W, RAIL_TOP_H, railsShown } from "./HeaderRails";
import type { Rect } from "./layout";

/** The zoom a focused target is brought to at least: below it, cards are sketches. */
export const FOCUS_ZOOM = 0.8;
/** Screen pixels kept clear at the edges: the zoom buttons and the legend stand in the bottom corners. */
const EDGE = 16;
const BOTTOM = 64;

/**
 * Whether `rect` (map coordinates) lies wholly in the pane at this view, clear of the rails and the bottom bar, and
 * of `covers` (pane pixels): what floats over the map, such as Find's list.
 */
export function focusInSight(
  rect: Rect,
  transform: readonly [number, number, number],
  width: number,
  height: number,
  covers: readonly Rect[] = [],
): boolean {
  const [tx, ty, zoom] = transform;
  if (zoom < FOCUS_ZOOM || width <= 0 || height <= 0) return false;
  const rails = railsShown(transform);
  const left = EDGE + (rails.left ? RAIL_LEFT_W : 0);
  const top = EDGE + (rails.top ? RAIL_TOP_H : 0);
  const x = rect.x * zoom + tx;
  const y = rect.y * zoom + ty;
  const right = x + rect.width * zoom;
  const bottom = y + rect.height * zoom;
  if (x < left || y < top || right > width - EDGE || bottom > height - BOTTOM) return false;
  return !covers.some((c) => x < c.x + c.width && c.x < right && y < c.y + c.height && c.y < bottom);
}

/** The smallest rectangle holding both. */
export function around(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

// Where the line of visibility runs: between a lane the customer sees and a backstage lane ("Behind the scenes"),
// wherever one follows the other. A map with no backstage lane, or with nothing else, has none.
import type { Lane } from "../doc";
import type { Grid } from "./layout";

/** Room above the line for its name: the line's node runs from there to just below the line. */
export const VISIBILITY_LABEL_H = 18;
export const VISIBILITY_BELOW = 2;

/** The smallest size of the line's name on screen, in pixels, at any zoom where it is drawn on the map. */
export const VISIBILITY_NAME_SCREEN = 11;

/**
 * The name's size in map pixels at a zoom: 11, or more when zoomed out, so that it is at least 11 px on screen; in
 * steps of a quarter pixel, so that zooming re-renders it a few times, not on every frame.
 */
export function labelSize(zoom: number): number {
  if (!(zoom > 0)) return VISIBILITY_NAME_SCREEN;
  return Math.max(VISIBILITY_NAME_SCREEN, Math.ceil((VISIBILITY_NAME_SCREEN / zoom) * 4) / 4);
}

/** Where the name fits in the lane header column, in map pixels (the header is 190 wide, its buttons about 72). */
export const VISIBILITY_NAME = {
  /**
   * Room left of the header's buttons, which show on hover at the bottom right of the header above the line (the
   * name starts 6 in; the buttons take about 72 at the right, German ones a little more).
   */
  besideButtons: 100,
  /** Room across the header column, left padding and a little air at the right taken off. */
  wide: 176,
  /** From the node's bottom (2 below the line) to above the buttons' row (4 + 20 above the line) and 2 of air. */
  aboveButtons: 28,
  lineHeight: 1.2,
} as const;

export interface VisibilityBoundary {
  /** The map's y of the boundary: the top of the lower lane. */
  y: number;
  /** The lanes above and below it. */
  above: string;
  below: string;
}

export function visibilityBoundaries(grid: Grid): VisibilityBoundary[] {
  const boundaries: VisibilityBoundary[] = [];
  let previous: { id: string; backstage: boolean } | null = null;
  for (const [laneId, row] of grid.rows) {
    const backstage = row.lane.kind === "backstage";
    if (previous && previous.backstage !== backstage) boundaries.push({ y: row.y, above: previous.id, below: laneId });
    previous = { id: laneId, backstage };
  }
  return boundaries;
}

/** Whether the map draws a line of visibility: some backstage lane borders a lane the customer sees. */
export function hasVisibilityLine(lanes: readonly Pick<Lane, "kind">[]): boolean {
  return lanes.some((lane, i) => i > 0 && (lane.kind === "backstage") !== (lanes[i - 1]?.kind === "backstage"));
}

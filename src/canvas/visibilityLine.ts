// Where the line of visibility runs: between a lane the customer sees and a backstage lane ("Behind the scenes"),
// wherever one follows the other. A map with no backstage lane, or with nothing else, has none.
import type { Lane } from "../doc";
import type { Grid } from "./layout";

/** Room above the line for its name: the line's node runs from there to just below the line. */
export const VISIBILITY_LABEL_H = 18;
export const VISIBILITY_BELOW = 2;

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

// Where Add lane puts a new lane: the lanes behind the scenes (what the company does, below the line of visibility)
// stay at the bottom, so a lane the customer sees goes in above them; a lane behind the scenes goes at the end.
import type { Lane, LaneKind } from "../../doc";

/** The index for a new lane of `kind` among `lanes` (in map order), or undefined for the end. */
export function newLanePlace(lanes: readonly Pick<Lane, "kind">[], kind: LaneKind): number | undefined {
  if (kind === "backstage") return undefined;
  let start = lanes.length;
  while (start > 0 && lanes[start - 1]?.kind === "backstage") start -= 1;
  return start === lanes.length ? undefined : start;
}

// Where a step of the customer's path runs on the canvas. Forward, to a card further right, it is a curve. To a
// card in the same stage (one below another in a cell) or back to an earlier stage, a curve would leave the right
// side, run behind both cards and come out at the left: all one saw were two hooks. Such a step goes around
// instead: out of the right side, along the gap between the two cards (or below both when they share a row), and
// into the left side.
import { getBezierPath, getSmoothStepPath, type Position } from "@xyflow/react";

/** How far below the lower of two cards side by side a step back runs. */
const BELOW_GAP = 10;

export interface PathEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/** The top and bottom of a card on the canvas. */
export interface Span {
  top: number;
  bottom: number;
}

/** The height the crossing of a step that goes around runs at: between the cards, or below both. */
function crossingY(ends: PathEnds, source: Span | null, target: Span | null): number {
  const middle = (ends.sourceY + ends.targetY) / 2;
  if (source === null || target === null) return middle;
  if (target.top >= source.bottom) return (source.bottom + target.top) / 2;
  if (source.top >= target.bottom) return (target.bottom + source.top) / 2;
  return Math.max(source.bottom, target.bottom) + BELOW_GAP;
}

/** The SVG path and the point for its label. */
export function pathGeometry(
  ends: PathEnds,
  source: Span | null = null,
  target: Span | null = null,
): { path: string; labelX: number; labelY: number } {
  const { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = ends;
  const points = { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition };
  // The gap between two stages is narrow: a step into the next stage is a curve however little room it has.
  if (targetX >= sourceX) {
    const [path, labelX, labelY] = getBezierPath(points);
    return { path, labelX, labelY };
  }
  const centerY = crossingY(ends, source, target);
  const [path, labelX, labelY] = getSmoothStepPath({ ...points, centerY, borderRadius: 8, offset: 12 });
  return { path, labelX, labelY };
}

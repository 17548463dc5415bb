// Where a step of the customer's path runs on the canvas. Forward, to a card further right, it is a curve. To a
// card in the same stage (one below another in a cell) or back to an earlier stage, a curve would leave the right
// side, run behind both cards and come out at the left: all one saw were two hooks. Such a step goes around
// instead: out of the right side, across, and into the left side. In the same stage it crosses in the gap
// between the two cards. Back to an earlier stage it crosses along the border of the source card's lane, where no
// card ever is: a run through the lane itself would pass over the cards of every stage in between.
import { getBezierPath, getSmoothStepPath, type Position } from "@xyflow/react";

/** How far below the lower of two cards side by side a step back runs when their lanes are not known. */
const BELOW_GAP = 10;

export interface PathEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/** The top and bottom of something on the canvas (a card, a lane). */
export interface Span {
  top: number;
  bottom: number;
}

/** A card's top and bottom, with its stage and its lane's top and bottom once they are known. */
export interface CardPlace extends Span {
  stageId?: string;
  row?: Span;
}

/** The height of a step back along its source card's lane border: the one towards the target. */
function alongLaneBorder(source: CardPlace, target: CardPlace): number | null {
  const row = source.row;
  if (!row || !source.stageId || !target.stageId || source.stageId === target.stageId) return null;
  // The target in a lane above: along the top of the source's lane; in the same lane or below: along its bottom.
  return target.bottom <= row.top ? row.top : row.bottom;
}

/** The height the crossing of a step that goes around runs at. */
function crossingY(ends: PathEnds, source: CardPlace | null, target: CardPlace | null): number {
  const middle = (ends.sourceY + ends.targetY) / 2;
  if (source === null || target === null) return middle;
  const border = alongLaneBorder(source, target);
  if (border !== null) return border;
  if (target.top >= source.bottom) return (source.bottom + target.top) / 2;
  if (source.top >= target.bottom) return (target.bottom + source.top) / 2;
  return Math.max(source.bottom, target.bottom) + BELOW_GAP;
}

/** The SVG path, the point for its label and whether it goes around (its label then sits on its crossing). */
export function pathGeometry(
  ends: PathEnds,
  source: CardPlace | null = null,
  target: CardPlace | null = null,
): { path: string; labelX: number; labelY: number; around: boolean } {
  const { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = ends;
  const points = { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition };
  // The gap between two stages is narrow: a step into the next stage is a curve however little room it has.
  if (targetX >= sourceX) {
    const [path, labelX, labelY] = getBezierPath(points);
    return { path, labelX, labelY, around: false };
  }
  const centerY = crossingY(ends, source, target);
  const [path, labelX, labelY] = getSmoothStepPath({ ...points, centerY, borderRadius: 8, offset: 12 });
  return { path, labelX, labelY, around: true };
}

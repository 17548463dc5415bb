// The line of visibility: a dashed line, labelled, in a band of its own between the lanes the customer sees and the
// lanes behind the scenes (backstage), so that it never runs over a card or a word.
import type { Lane } from "../../doc";
import { ASCENT, COLOR, LINE, SIZE } from "./style";
import type { LayoutItem, TextMeasurer } from "./types";

/** The band's height: the label's line and a little air above and below it. */
export const VISIBILITY_H = 12;
const LABEL_PAD = 4;
const DASH = 4;

/**
 * True when the lane at `index` starts on the other side of the line of visibility than the lane above it: a backstage
 * lane under one the customer sees, or the reverse. Never for the first lane.
 */
export function crossesVisibility(lanes: readonly Lane[], index: number): boolean {
  const lane = lanes[index];
  const above = lanes[index - 1];
  if (lane === undefined || above === undefined) return false;
  return (lane.kind === "backstage") !== (above.kind === "backstage");
}

/**
 * Draws the band from `top` (VISIBILITY_H tall) across the map from `left` to `right`: the label, then the line. On a
 * map that reads right to left (`rightToLeft`) the label stands at the right end and the line comes before it.
 */
export function visibilityLine(
  items: LayoutItem[],
  g: { top: number; left: number; right: number; label: string; measure: TextMeasurer; rightToLeft?: boolean },
): void {
  const size = SIZE.goal;
  const middle = g.top + VISIBILITY_H / 2;
  const labelWidth = g.measure.width(g.label, size, true);
  const labelX = g.rightToLeft === true ? g.right - LABEL_PAD - labelWidth : g.left + LABEL_PAD;
  items.push({
    type: "text",
    x: labelX,
    // The line box of the label centred in the band.
    y: middle - (size * LINE) / 2 + size * ASCENT,
    text: g.label,
    size,
    bold: true,
    color: COLOR.muted,
  });
  const [start, end] =
    g.rightToLeft === true ? [g.left, labelX - LABEL_PAD] : [labelX + labelWidth + LABEL_PAD, g.right];
  if (start < end)
    items.push({
      type: "line",
      x1: start,
      y1: middle,
      x2: end,
      y2: middle,
      stroke: COLOR.muted,
      lineWidth: 0.9,
      dash: DASH,
    });
}

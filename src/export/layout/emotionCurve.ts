// The emotion lane as a vector curve: a smooth path through each stage's emotion, -2 at the bottom, +2 at the top.
import { COLOR, SIZE } from "./style";
import type { LayoutItem, PathCommand } from "./types";

export function emotionCurve(
  values: readonly (number | undefined)[],
  colX: (i: number) => number,
  colWidth: number,
  top: number,
  height: number,
): LayoutItem[] {
  const items: LayoutItem[] = [];
  const mid = top + height / 2;
  const span = height / 2 - 5;
  const left = colX(0);
  const right = colX(values.length);
  items.push({ type: "line", x1: left, y1: mid, x2: right, y2: mid, stroke: COLOR.rule, lineWidth: 0.5, dash: 2 });
  items.push({
    type: "text",
    x: left + 2,
    y: top + SIZE.goal,
    text: "+2",
    size: SIZE.goal - 1,
    bold: false,
    color: COLOR.muted,
  });
  items.push({
    type: "text",
    x: left + 2,
    y: top + height - 1,
    text: "−2",
    size: SIZE.goal - 1,
    bold: false,
    color: COLOR.muted,
  });
  const points: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v !== undefined) points.push({ x: colX(i) + colWidth / 2, y: mid - (Math.max(-2, Math.min(2, v)) / 2) * span });
  });
  const first = points[0];
  if (first === undefined) return items;
  // A monotone cubic (Fritsch–Carlson) through the points, as cubic Béziers: it passes exactly through each
  // stage's value and never swings past its neighbours, so it never shows an emotion above +2 or below −2, nor a
  // dip between two stages that feel the same (a Catmull-Rom spline did both).
  const slopes = tangents(points);
  const commands: PathCommand[] = [{ op: "M", x: first.x, y: first.y }];
  for (let i = 0; i < points.length - 1; i++) {
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const third = (p2.x - p1.x) / 3;
    commands.push({
      op: "C",
      x1: p1.x + third,
      y1: p1.y + slopes[i]! * third,
      x2: p2.x - third,
      y2: p2.y - slopes[i + 1]! * third,
      x: p2.x,
      y: p2.y,
    });
  }
  if (points.length > 1) items.push({ type: "path", commands, stroke: COLOR.curve, lineWidth: 1.6 });
  for (const p of points) items.push({ type: "circle", cx: p.x, cy: p.y, r: 2.4, fill: COLOR.curve });
  return items;
}

/**
 * The slope of the curve at each point: flat where the emotion turns (or stays), otherwise the weighted harmonic
 * mean of the two neighbouring segments' slopes (Fritsch–Butland), which keeps each segment monotone.
 */
function tangents(points: readonly { x: number; y: number }[]): number[] {
  const n = points.length;
  const h: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const dx = points[i + 1]!.x - points[i]!.x;
    h.push(dx);
    d.push(dx === 0 ? 0 : (points[i + 1]!.y - points[i]!.y) / dx);
  }
  return points.map((_, i) => {
    if (n < 2) return 0;
    if (i === 0) return d[0]!;
    if (i === n - 1) return d[n - 2]!;
    const a = d[i - 1]!;
    const b = d[i]!;
    if (a * b <= 0) return 0;
    const ha = h[i - 1]!;
    const hb = h[i]!;
    return (3 * (ha + hb)) / ((2 * hb + ha) / a + (hb + 2 * ha) / b);
  });
}

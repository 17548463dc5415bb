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
  // Catmull-Rom through the points, as cubic Béziers, so the curve passes exactly through each stage's value.
  const commands: PathCommand[] = [{ op: "M", x: first.x, y: first.y }];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    commands.push({
      op: "C",
      x1: p1.x + (p2.x - p0.x) / 6,
      y1: p1.y + (p2.y - p0.y) / 6,
      x2: p2.x - (p3.x - p1.x) / 6,
      y2: p2.y - (p3.y - p1.y) / 6,
      x: p2.x,
      y: p2.y,
    });
  }
  if (points.length > 1) items.push({ type: "path", commands, stroke: COLOR.curve, lineWidth: 1.6 });
  for (const p of points) items.push({ type: "circle", cx: p.x, cy: p.y, r: 2.4, fill: COLOR.curve });
  return items;
}

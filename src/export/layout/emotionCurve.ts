// The emotion lane as a vector curve: a smooth path through each stage's emotions, -2 at the bottom, +2 at the top.
// A stage with several emotion cards has a point for each, spread over its column in card order.
import { COLOR, SIZE } from "./style";
import { monotoneSegments } from "./monotoneCurve";
import type { LayoutItem, PathCommand } from "./types";

export function emotionCurve(
  values: readonly (number | readonly number[] | undefined)[],
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
    const stage = v === undefined ? [] : typeof v === "number" ? [v] : v;
    stage.forEach((e, k) => {
      const x = colX(i) + (colWidth * (k + 1)) / (stage.length + 1);
      points.push({ x, y: mid - (Math.max(-2, Math.min(2, e)) / 2) * span });
    });
  });
  const first = points[0];
  if (first === undefined) return items;
  const commands: PathCommand[] = [
    { op: "M", x: first.x, y: first.y },
    ...monotoneSegments(points).map((c) => ({ op: "C" as const, ...c })),
  ];
  if (points.length > 1) items.push({ type: "path", commands, stroke: COLOR.curve, lineWidth: 1.6 });
  for (const p of points) items.push({ type: "circle", cx: p.x, cy: p.y, r: 2.4, fill: COLOR.curve });
  return items;
}

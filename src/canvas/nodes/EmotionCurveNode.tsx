// The emotion curve: a smooth SVG path through the emotion cards' values (-2..+2) across the stages.
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { CurvePoint, EmotionCurveNode as EmotionCurveNodeType } from "../types";

/** A Catmull-Rom spline through the points, written as cubic Béziers. */
export function curvePath(points: readonly CurvePoint[]): string {
  const [first] = points;
  if (!first) return "";
  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${p2.x} ${p2.y}`;
  }
  return d;
}

export const EmotionCurveNode = memo(function EmotionCurveNode({
  data,
  positionAbsoluteX,
  width,
  height,
}: NodeProps<EmotionCurveNodeType>) {
  const w = width ?? 1;
  const h = height ?? 1;
  const local = data.points.map((p) => ({ x: p.x - positionAbsoluteX, y: p.y }));
  return (
    <svg className="emotion-curve" width={w} height={h} data-testid="emotion-curve" aria-hidden="true">
      {data.levels.map((y, i) => (
        <g key={i}>
          <line x1={0} x2={w} y1={y} y2={y} className={i === 2 ? "level zero" : "level"} />
          <text x={w - 4} y={y - 3} className="level-label" textAnchor="end">
            {["+2", "+1", "0", "−1", "−2"][i]}
          </text>
        </g>
      ))}
      <path d={curvePath(local)} className="curve" />
    </svg>
  );
});

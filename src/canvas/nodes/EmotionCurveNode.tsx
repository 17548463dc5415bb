// The emotion curve: a smooth SVG path through the emotion cards' values (-2..+2) across the stages.
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { monotoneSegments } from "../../export/layout/monotoneCurve";
import type { CurvePoint, EmotionCurveNode as EmotionCurveNodeType } from "../types";

/** Space between the map's right edge and the level labels beside it. */
export const LABEL_GAP = 4;

/** The emotion curve through the points (src/export/layout/monotoneCurve.ts), as an SVG path. */
export function curvePath(points: readonly CurvePoint[]): string {
  const [first] = points;
  if (!first) return "";
  let d = `M ${first.x} ${first.y}`;
  for (const c of monotoneSegments(points)) d += ` C ${c.x1} ${c.y1}, ${c.x2} ${c.y2}, ${c.x} ${c.y}`;
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
          {/* Right of the map's edge, where no card of the last stage covers it (+2 hid under a delighted card). */}
          <text x={w + LABEL_GAP} y={y} className="level-label" textAnchor="start" dominantBaseline="middle">
            {["+2", "+1", "0", "−1", "−2"][i]}
          </text>
        </g>
      ))}
      <path d={curvePath(local)} className="curve" />
    </svg>
  );
});

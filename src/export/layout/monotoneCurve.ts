// A smooth curve through points in order of x, as cubic Béziers: a monotone cubic (Fritsch–Carlson). It passes
// exactly through each point and never swings past its neighbours, so an emotion curve never shows a feeling above
// +2 or below −2, nor a dip between two stages that feel the same (a Catmull-Rom spline did both). The export and
// the editor's emotion lane draw the same curve.

export interface CurvePoint {
  x: number;
  y: number;
}

/** One cubic Bézier from the previous point: its two control points and its end. */
export interface CurveSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  x: number;
  y: number;
}

/** The segments from each point to the next (none for fewer than two points). */
export function monotoneSegments(points: readonly CurvePoint[]): CurveSegment[] {
  const slopes = tangents(points);
  const out: CurveSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const third = (p2.x - p1.x) / 3;
    out.push({
      x1: p1.x + third,
      y1: p1.y + slopes[i]! * third,
      x2: p2.x - third,
      y2: p2.y - slopes[i + 1]! * third,
      x: p2.x,
      y: p2.y,
    });
  }
  return out;
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

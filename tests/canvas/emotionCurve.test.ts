// The editor's emotion curve: the same monotone curve as the export's, so it never shows a feeling the stages
// do not have (above the best, below the worst, or a dip between two stages that feel the same).
import { describe, expect, it } from "vitest";
import { curvePath } from "../../src/canvas/nodes/EmotionCurveNode";

/** The path's cubic segments as [start, control 1, control 2, end] y values. */
function segments(d: string): number[][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const out: number[][] = [];
  let y = numbers[1]!;
  for (let i = 2; i + 5 < numbers.length + 1; i += 6) {
    out.push([y, numbers[i + 1]!, numbers[i + 3]!, numbers[i + 5]!]);
    y = numbers[i + 5]!;
  }
  return out;
}

describe("the emotion curve in the editor", () => {
  it("stays between each pair of neighbouring stages' feelings, flat where two stages feel the same", () => {
    // y grows downwards: 10 is the best feeling, 90 the worst.
    const points = [
      { x: 50, y: 50 },
      { x: 150, y: 50 },
      { x: 250, y: 10 },
      { x: 350, y: 90 },
      { x: 450, y: 90 },
      { x: 550, y: 30 },
    ];
    const d = curvePath(points);
    expect(d.startsWith("M 50 50")).toBe(true);
    const parts = segments(d);
    expect(parts).toHaveLength(points.length - 1);
    for (const [from, c1, c2, to] of parts) {
      const low = Math.min(from!, to!);
      const high = Math.max(from!, to!);
      for (const c of [c1!, c2!]) {
        expect(c).toBeGreaterThanOrEqual(low - 1e-9);
        expect(c).toBeLessThanOrEqual(high + 1e-9);
      }
    }
    // Between the two stages that feel the same the curve is a straight, level line.
    expect(parts[0]).toEqual([50, 50, 50, 50]);
    expect(parts[3]).toEqual([90, 90, 90, 90]);
  });

  it("draws nothing without points and a dot's start alone for one", () => {
    expect(curvePath([])).toBe("");
    expect(curvePath([{ x: 5, y: 7 }])).toBe("M 5 7");
  });
});

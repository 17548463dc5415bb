// The printed emotion curve passes through each stage's emotion and never swings past its neighbours: a Catmull-Rom
// spline drew 0, 0, +2 with a dip below neutral between the two calm stages, and +1, +2, −2 with a bump above +2.
import { emotionCurve } from "../../src/export/layout/emotionCurve";
import type { LayoutItem, PathCommand } from "../../src/export";

const COL = 100;
const TOP = 50;
const HEIGHT = 90;

const curveOf = (values: (number | undefined)[]) =>
  emotionCurve(values, (i) => 20 + i * COL, COL, TOP, HEIGHT).find(
    (i): i is Extract<LayoutItem, { type: "path" }> => i.type === "path",
  );

/** Every segment's control points lie between its two ends, so (a Bézier stays in their hull) the curve does. */
function staysBetweenNeighbours(commands: readonly PathCommand[]): boolean {
  let from: { x: number; y: number } | undefined;
  for (const c of commands) {
    if (c.op === "M") from = { x: c.x, y: c.y };
    if (c.op === "C" && from) {
      const low = Math.min(from.y, c.y) - 1e-9;
      const high = Math.max(from.y, c.y) + 1e-9;
      if (c.y1 < low || c.y1 > high || c.y2 < low || c.y2 > high) return false;
      from = { x: c.x, y: c.y };
    }
  }
  return true;
}

describe("the printed emotion curve", () => {
  it.each([[[0, 0, 2]], [[1, 2, -2]], [[-2, 2, -2, 2, -2]], [[-1, undefined, 2, 2, -1]], [[2, 1, 0, -1, -2]]])(
    "never swings past the stages' own emotions (%j)",
    (values) => {
      const path = curveOf(values);
      expect(path).toBeDefined();
      expect(staysBetweenNeighbours(path?.commands ?? [])).toBe(true);
    },
  );

  it("still passes through every stage's emotion, top +2 and bottom −2", () => {
    const path = curveOf([-2, 0, 2]);
    const ends = (path?.commands ?? []).map((c) => ("y" in c ? c.y : undefined));
    const mid = TOP + HEIGHT / 2;
    const span = HEIGHT / 2 - 5;
    expect(ends).toEqual([mid + span, mid, mid - span]);
  });
});

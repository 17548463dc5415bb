// The printed emotion curve passes through each stage's emotion and never swings past its neighbours: a Catmull-Rom
// spline drew 0, 0, +2 with a dip below neutral between the two calm stages, and +1, +2, −2 with a bump above +2.
import type { Journey } from "../../src/doc";
import { emotionCurve } from "../../src/export/layout/emotionCurve";
import { layoutJourney, type LayoutItem, type PathCommand, type TextMeasurer } from "../../src/export";
import { FIXED_NOW } from "./helpers";

const mono: TextMeasurer = { width: (text, size) => Array.from(text).length * size * 0.5 };

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

  it("passes through each of a stage's emotion cards, spread over its column in card order", () => {
    const dots = emotionCurve([[2, -2], -1], (i) => 20 + i * COL, COL, TOP, HEIGHT).filter(
      (i): i is Extract<LayoutItem, { type: "circle" }> => i.type === "circle",
    );
    const mid = TOP + HEIGHT / 2;
    const span = HEIGHT / 2 - 5;
    expect(dots.map((d) => [d.cx, d.cy])).toEqual([
      [20 + COL / 3, mid - span],
      [20 + (2 * COL) / 3, mid + span],
      [20 + COL + COL / 2, mid + span / 2],
    ]);
  });
});

describe("the emotion curve on the printed map", () => {
  it("shows a stage's +2 and −2 moments, not their mean, as the editor and the checks do", async () => {
    const journey: Journey = {
      id: "j",
      title: "Umzug",
      language: "de",
      owner: "Jörg",
      stages: [
        { id: "s1", name: "Packen", customerGoal: "Ich will alles heil ankommen lassen" },
        { id: "s2", name: "Ankommen", customerGoal: "Ich will schnell wohnen" },
      ],
      lanes: [{ id: "feel", name: "Gefühl", kind: "emotions" }],
      cards: [
        { id: "a", stageId: "s1", laneId: "feel", order: 0, title: "Vorfreude", emotion: 2 },
        { id: "b", stageId: "s1", laneId: "feel", order: 1, title: "Kiste zerbrochen", emotion: -2 },
        { id: "c", stageId: "s2", laneId: "feel", title: "Erleichtert", emotion: 1 },
      ],
      connections: [],
    };
    const { pages } = layoutJourney(journey, { paper: "a4", measure: mono, now: FIXED_NOW });
    const map = pages.find((p) => p.kind === "map");
    const dots = (map?.items ?? []).filter((i): i is Extract<LayoutItem, { type: "circle" }> => i.type === "circle");
    expect(dots).toHaveLength(3);
    const [plus, minus, one] = dots.map((d) => d.cy);
    // +2 above −2 by the whole plot; the mean (0) would sit between them, where neither moment is.
    expect(minus! - plus!).toBeGreaterThan(40);
    expect(one!).toBeGreaterThan(plus!);
    expect(one!).toBeLessThan((plus! + minus!) / 2);
  });
});

import { Position } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { pathGeometry } from "../../src/canvas/edges/pathGeometry";

const ends = (sourceX: number, sourceY: number, targetX: number, targetY: number) => ({
  sourceX,
  sourceY,
  sourcePosition: Position.Right,
  targetX,
  targetY,
  targetPosition: Position.Left,
});

/** The points the path passes through, from the numbers of its SVG commands. */
function pointsOf(path: string): { x: number; y: number }[] {
  const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

/** Whether a straight run between two successive points crosses the box (a card). */
function crosses(path: string, box: { left: number; right: number; top: number; bottom: number }): boolean {
  const points = pointsOf(path);
  return points.slice(1).some((b, i) => {
    const a = points[i]!;
    const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    return x0 < box.right - 1 && x1 > box.left + 1 && y0 < box.bottom - 1 && y1 > box.top + 1;
  });
}

describe("where a step of the path runs", () => {
  it("curves forward to a card in a later stage", () => {
    const { path } = pathGeometry(ends(200, 50, 300, 120));
    expect(path).toMatch(/C/);
    expect(Math.min(...pointsOf(path).map((p) => p.x))).toBeGreaterThanOrEqual(200);
  });

  it("curves into the next stage across a narrow gap, at the same height or not", () => {
    for (const targetY of [50, 50.5, 180]) {
      const { path } = pathGeometry(ends(200, 50, 212, targetY));
      expect(path).toMatch(/C/);
      const xs = pointsOf(path).map((p) => p.x);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(200);
      expect(Math.max(...xs)).toBeLessThanOrEqual(212);
    }
  });

  it("goes around to the card below in the same stage, through the gap between them, never behind them", () => {
    // Two cards in one cell, x 20 to 200: the upper one y 10 to 100 (handles at 40), the lower one 112 to 220
    // (handles at 142).
    const upper = { left: 20, right: 200, top: 10, bottom: 100 };
    const lower = { left: 20, right: 200, top: 112, bottom: 220 };
    const { path, labelY } = pathGeometry(ends(200, 40, 20, 142), upper, lower);
    expect(path).not.toMatch(/C/);
    const xs = pointsOf(path).map((p) => p.x);
    expect(Math.max(...xs)).toBeGreaterThan(200);
    expect(Math.min(...xs)).toBeLessThan(20);
    expect(labelY).toBe(106);
    expect(crosses(path, upper)).toBe(false);
    expect(crosses(path, lower)).toBe(false);
    // The same going up, to the card above.
    const up = pathGeometry(ends(200, 142, 20, 40), lower, upper).path;
    expect(crosses(up, upper)).toBe(false);
    expect(crosses(up, lower)).toBe(false);
  });

  it("goes back to an earlier stage below both cards when they share a row", () => {
    const later = { left: 500, right: 600, top: 50, bottom: 130 };
    const earlier = { left: 100, right: 200, top: 60, bottom: 120 };
    const { path } = pathGeometry(ends(600, 80, 100, 80), later, earlier);
    expect(crosses(path, later)).toBe(false);
    expect(crosses(path, earlier)).toBe(false);
    expect(Math.max(...pointsOf(path).map((p) => p.y))).toBe(140);
  });

  it("goes back across stages along the border of its lane, never over the cards of the stages between", () => {
    // One lane from y 0 to 400 with three stages; in each a card at the top and one below it. The step goes from
    // the third stage's upper card back to the first stage's upper card.
    const row = { top: 0, bottom: 400 };
    const later = { left: 560, right: 740, top: 10, bottom: 100, stageId: "s3", row };
    const earlier = { left: 20, right: 200, top: 10, bottom: 100, stageId: "s1", row };
    const between = [
      { left: 290, right: 470, top: 10, bottom: 100 },
      { left: 290, right: 470, top: 108, bottom: 200 },
      { left: 560, right: 740, top: 108, bottom: 200 },
      { left: 20, right: 200, top: 108, bottom: 200 },
    ];
    const { path, labelY } = pathGeometry(ends(740, 55, 20, 55), later, earlier);
    expect(path).not.toMatch(/C/);
    for (const card of [later, earlier, ...between]) expect(crosses(path, card)).toBe(false);
    expect(labelY).toBe(400);
    // To a card in a lane above: along the top of the source's lane.
    const above = { left: 20, right: 200, top: -300, bottom: -210, stageId: "s1", row: { top: -320, bottom: 0 } };
    const up = pathGeometry(ends(740, 255, 20, -255), { ...later, top: 210, bottom: 300 }, above);
    expect(up.labelY).toBe(0);
    for (const card of between) expect(crosses(up.path, card)).toBe(false);
  });

  it("keeps to the gap between two cards of one stage although their lane is known", () => {
    const row = { top: 0, bottom: 400 };
    const upper = { left: 20, right: 200, top: 10, bottom: 100, stageId: "s1", row };
    const lower = { left: 20, right: 200, top: 112, bottom: 220, stageId: "s1", row };
    expect(pathGeometry(ends(200, 40, 20, 142), upper, lower).labelY).toBe(106);
  });
});

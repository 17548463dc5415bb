// Whether a target asked to be focused is already in full sight: in the pane, clear of its edges, and not under
// something that floats over the map (Find's list).
import { describe, expect, it } from "vitest";
import { focusInSight } from "../../src/canvas/focusInSight";

const card = { x: 100, y: 100, width: 200, height: 80 };

describe("focusInSight", () => {
  it("is true for a card wholly in the pane at zoom 1", () => {
    expect(focusInSight(card, [0, 0, 1], 1200, 800)).toBe(true);
  });

  it("is false for a card under something floating over the map, and true beside it", () => {
    const findList = { x: 250, y: 0, width: 380, height: 400 };
    expect(focusInSight(card, [0, 0, 1], 1200, 800, [findList])).toBe(false);
    expect(focusInSight(card, [0, 0, 1], 1200, 800, [{ ...findList, x: 320 }])).toBe(true);
    // Panned so that the card is 300 px further right, under the list.
    expect(focusInSight(card, [300, 0, 1], 1200, 800, [{ ...findList, x: 320 }])).toBe(false);
  });

  it("is false for a card partly out of the pane, or too small to read", () => {
    expect(focusInSight(card, [-150, 0, 1], 1200, 800)).toBe(false);
    expect(focusInSight(card, [0, 0, 0.5], 1200, 800)).toBe(false);
  });
});

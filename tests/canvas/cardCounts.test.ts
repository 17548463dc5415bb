import { cardCounts } from "../../src/canvas/cardCounts";
import type { Card } from "../../src/doc";

const card = (id: string, stageId: string, laneId: string): Card => ({ id, stageId, laneId, title: `Ich ${id}` });

describe("cards per stage and lane", () => {
  it("counts each card once under its stage and once under its lane", () => {
    const counts = cardCounts([card("a", "st_1", "ln_do"), card("b", "st_1", "ln_feel"), card("c", "st_2", "ln_do")]);
    expect(Object.fromEntries(counts.byStage)).toEqual({ st_1: 2, st_2: 1 });
    expect(Object.fromEntries(counts.byLane)).toEqual({ ln_do: 2, ln_feel: 1 });
    expect(counts.byStage.get("st_empty")).toBeUndefined();
  });

  it("counts once per cards snapshot and again for a new one", () => {
    const cards = [card("a", "st_1", "ln_do")];
    expect(cardCounts(cards)).toBe(cardCounts(cards));
    const next = [...cards, card("b", "st_1", "ln_do")];
    expect(cardCounts(next).byStage.get("st_1")).toBe(2);
    expect(cardCounts(cards).byStage.get("st_1")).toBe(1);
  });
});

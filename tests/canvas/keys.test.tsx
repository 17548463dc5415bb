// @vitest-environment jsdom
import { act, fireEvent } from "@testing-library/react";
import { useCanvasKeys } from "../../src/canvas/useCanvasKeys";
import { makeMap, renderWithStore } from "../features/helpers";

function Keys() {
  useCanvasKeys();
  return null;
}

describe("the editor's keyboard", () => {
  it("deletes selected cards but keeps a selected stage that holds cards, with a sentence why", () => {
    const map = makeMap();
    const stage = map.journey.stages[0]!.id;
    renderWithStore(map.store, <Keys />);
    act(() => map.store.getState().actions.select({ cards: [map.cardId], stages: [stage] }));

    fireEvent.keyDown(document.body, { key: "Delete" });
    expect(map.read().cards).toEqual([]);
    expect(map.read().stages.map((s) => s.id)).toContain(stage);
    expect(map.store.getState().ui.error).toMatch(/header/);

    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    expect(map.read().cards.map((c) => c.id)).toEqual([map.cardId]);
    map.store.destroy();
  });

  it("deletes an empty selected lane at once and ignores keys typed into a field", () => {
    const map = makeMap();
    const empty = map.journey.lanes.find((l) => l.kind === "backstage")!.id;
    const { container } = renderWithStore(map.store, <Keys />);
    act(() => map.store.getState().actions.select({ lanes: [empty] }));
    const input = document.createElement("input");
    container.append(input);
    fireEvent.keyDown(input, { key: "Delete" });
    expect(map.read().lanes.map((l) => l.id)).toContain(empty);
    fireEvent.keyDown(document.body, { key: "Backspace" });
    expect(map.read().lanes.map((l) => l.id)).not.toContain(empty);
    map.store.destroy();
  });

  it("duplicates the selected card with Ctrl+D and selects the copy", () => {
    const map = makeMap();
    renderWithStore(map.store, <Keys />);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    fireEvent.keyDown(document.body, { key: "d", ctrlKey: true });
    const cards = map.read().cards;
    expect(cards).toHaveLength(2);
    const copy = map.store.getState().ui.selection.cards[0];
    expect(copy).not.toBe(map.cardId);
    expect(cards.find((c) => c.id === copy)?.title).toBe("I order and pay in the web shop");
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// The map by keyboard: arrows move the selection and the focus together (so a screen reader reads the card),
// React Flow does not also shift the focused node, arrows in the side panel stay there, and N adds a card.
import { act, fireEvent, waitFor } from "@testing-library/react";
import { useCanvasKeys } from "../../src/canvas/useCanvasKeys";
import { addCard } from "../../src/doc/ops";
import { makeMap, renderWithStore, type TestMap } from "../features/helpers";

/** A stand-in for React Flow's nodes: focusable elements carrying each card's id, inside .react-flow. */
function Map({ map, onNodeKey }: { map: TestMap; onNodeKey?: (key: string) => void }) {
  useCanvasKeys();
  const ids = map.store.getState().journey.cards.map((c) => c.id);
  return (
    <>
      <div className="react-flow">
        {ids.map((id) => (
          <div key={id} className="react-flow__node" data-id={id} tabIndex={0} onKeyDown={(e) => onNodeKey?.(e.key)}>
            {id}
          </div>
        ))}
      </div>
      <div role="tablist">
        <button type="button" role="tab">
          Inspector
        </button>
      </div>
    </>
  );
}

function twoCards(): { map: TestMap; right: string } {
  const map = makeMap();
  const first = map.read().cards[0]!;
  const right = addCard(map.doc, { stageId: map.journey.stages[1]!.id, laneId: first.laneId, title: "I sign" });
  return { map, right };
}

const node = (id: string) => document.querySelector<HTMLElement>(`[data-id="${id}"]`)!;

describe("the map by keyboard", () => {
  it("moves the focus to the card the arrow key selected, and keeps React Flow from moving the node", async () => {
    const { map, right } = twoCards();
    const nodeKeys: string[] = [];
    renderWithStore(map.store, <Map map={map} onNodeKey={(k) => nodeKeys.push(k)} />);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    node(map.cardId).focus();

    fireEvent.keyDown(node(map.cardId), { key: "ArrowRight" });
    expect(map.store.getState().ui.selection.cards).toEqual([right]);
    await waitFor(() => expect(node(right)).toHaveFocus());
    expect(nodeKeys).toEqual([]);

    fireEvent.keyDown(node(right), { key: "ArrowLeft" });
    await waitFor(() => expect(node(map.cardId)).toHaveFocus());
    expect(map.store.getState().ui.activeCell).toEqual({
      stageId: map.journey.stages[0]!.id,
      laneId: map.read().cards[0]!.laneId,
    });
    map.store.destroy();
  });

  it("leaves arrow keys in the side panel's tabs alone", () => {
    const { map } = twoCards();
    const { getByRole } = renderWithStore(map.store, <Map map={map} />);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    const tab = getByRole("tab");
    tab.focus();
    fireEvent.keyDown(tab, { key: "ArrowRight" });
    expect(map.store.getState().ui.selection.cards).toEqual([map.cardId]);
    expect(tab).toHaveFocus();
    map.store.destroy();
  });

  it("lets Enter and Delete on a button outside the map press that button, not edit or delete the card", () => {
    const { map } = twoCards();
    const { getByRole } = renderWithStore(map.store, <Map map={map} />);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    const tab = getByRole("tab");
    tab.focus();
    // fireEvent returns false when a handler called preventDefault, which would stop the button's own Enter.
    expect(fireEvent.keyDown(tab, { key: "Enter" })).toBe(true);
    expect(map.store.getState().ui.editingCardId).toBeNull();
    fireEvent.keyDown(tab, { key: "Delete" });
    expect(map.read().cards.map((c) => c.id)).toContain(map.cardId);

    fireEvent.keyDown(node(map.cardId), { key: "Enter" });
    expect(map.store.getState().ui.editingCardId).toBe(map.cardId);
    map.store.destroy();
  });

  it("adds a card to the active cell with N and opens its title, but not while typing", () => {
    const map = makeMap();
    const { container } = renderWithStore(map.store, <Map map={map} />);
    const card = map.read().cards[0]!;
    act(() => map.store.getState().actions.setActiveCell({ stageId: card.stageId, laneId: card.laneId }));
    const input = document.createElement("input");
    container.append(input);
    fireEvent.keyDown(input, { key: "n" });
    expect(map.read().cards).toHaveLength(1);

    fireEvent.keyDown(document.body, { key: "n" });
    const cards = map.read().cards;
    expect(cards).toHaveLength(2);
    const added = cards.find((c) => c.id !== card.id)!;
    expect(added).toMatchObject({ stageId: card.stageId, laneId: card.laneId, title: "New card" });
    expect(map.store.getState().ui.editingCardId).toBe(added.id);
    map.store.destroy();
  });

  it("says how to choose a cell, by keyboard too, when N finds none", () => {
    const map = makeMap();
    renderWithStore(map.store, <Map map={map} />);
    fireEvent.keyDown(document.body, { key: "n" });
    expect(map.read().cards).toHaveLength(1);
    expect(map.store.getState().ui.error).toMatch(/select a card in it \(Tab, then Space\)/);
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A person deletes cards with the keyboard: Delete on the focused card must leave the keyboard on the map, on a card
// left in the same cell or else on that cell's "+", not drop it to the top of the page.
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addCard } from "../../src/doc/ops";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(() => {
  cleanup();
});

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe("Delete on a focused card", () => {
  it("hands the keyboard to the card left in its cell, then to the cell's +", async () => {
    const map = makeMap("editor", "Ich vergleiche Tarife „online“");
    const card = map.read().cards[0]!;
    const other = addCard(map.doc, { stageId: card.stageId, laneId: card.laneId, title: "Preistabelle – 50 €" });
    renderCanvas(map.store);
    await waitFor(() => expect(node(map.cardId)).not.toBeNull());

    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    node(map.cardId)!.focus();
    fireEvent.keyDown(node(map.cardId)!, { key: "Delete" });
    expect(map.read().cards.map((c) => c.id)).toEqual([other]);
    await waitFor(() => expect(document.activeElement).toBe(node(other)));

    act(() => map.store.getState().actions.select({ cards: [other] }));
    fireEvent.keyDown(node(other)!, { key: "Backspace" });
    expect(map.read().cards).toEqual([]);
    const cell = screen.getByTestId(`cell-${card.stageId}-${card.laneId}`);
    await waitFor(() => expect(document.activeElement).toBe(within(cell).getByRole("button")));
    map.store.destroy();
  });

  it("hands the keyboard on when someone else deletes the focused card, on an editor's and on a viewer's page", async () => {
    for (const role of ["editor", "viewer"] as const) {
      const map = makeMap(role, "Ich vergleiche Tarife „online“");
      const card = map.read().cards[0]!;
      const other = addCard(map.doc, { stageId: card.stageId, laneId: card.laneId, title: "Preistabelle – 50 €" });
      const { unmount } = renderCanvas(map.store);
      await waitFor(() => expect(node(map.cardId)).not.toBeNull());
      node(map.cardId)!.focus();
      // A colleague's delete, as it arrives from the server.
      act(() => map.doc.transact(() => map.doc.getMap("cards").delete(map.cardId), "remote"));
      await waitFor(() => expect(node(map.cardId)).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(node(other)));
      // Then the last card of the cell: an editor goes to the cell's "+", a viewer (who has none) to its lane.
      act(() => map.doc.transact(() => map.doc.getMap("cards").delete(other), "remote"));
      if (role === "editor") {
        const cell = screen.getByTestId(`cell-${card.stageId}-${card.laneId}`);
        await waitFor(() => expect(document.activeElement).toBe(within(cell).getByRole("button")));
      } else await waitFor(() => expect(document.activeElement).toBe(node(`lane:${card.laneId}`)));
      unmount();
      map.store.destroy();
    }
  });
});

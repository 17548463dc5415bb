// @vitest-environment jsdom
// Selecting on a big map must feel instant: a click re-renders the cards whose selection changed and the cells it
// touches, not every card and cell of the map, and it updates the store once.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterSelect } from "../../src/canvas/select";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import { addCard, connect } from "../../src/doc/ops";
import { makeMap, stubBrowserApis, type TestMap } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";

// Installed before React DOM is imported (vitest puts vi.hoisted first, and awaits it before the imports).
const counter = await vi.hoisted(async () => (await import("./renderCounter")).installRenderCounter());

beforeAll(() => {
  stubBrowserApis();
});

/** A card in every cell but the emotion curve's, so every cell has cards of its own to draw far away. */
function fullMap(): { map: TestMap; cards: string[]; cells: number } {
  const map = makeMap();
  const { stages, lanes } = map.journey;
  const cards: string[] = [];
  for (const stage of stages)
    for (const lane of lanes)
      if (lane.kind !== "emotions")
        cards.push(addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "A step" }));
  return { map, cards, cells: stages.length * lanes.length };
}

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
const drawn = (id: string) => screen.getByTestId(`card-${id}`);

describe("a click on a card", () => {
  it("re-renders only the two cards whose selection changed when the map is near, and no path", async () => {
    const { map, cards } = fullMap();
    const [a, b] = [cards[1]!, cards[cards.length - 2]!];
    connect(map.doc, cards[0]!, cards[2]!);
    renderCanvas(map.store, <ZoomControl />);
    await waitFitted();
    zoomTo(1);
    await waitFor(() => expect(node(a)).not.toBeNull());
    act(() => fireEvent.click(node(a)!));
    await waitFor(() => expect(drawn(a)).toHaveClass("selected"));

    counter.reset();
    act(() => fireEvent.click(node(b)!));
    await waitFor(() => expect(drawn(b)).toHaveClass("selected"));
    expect(drawn(a)).not.toHaveClass("selected");
    const counts = counter.counts();
    expect(counts["CardNode"]).toBe(2);
    // The cells of both cards: the active cell moves from one to the other.
    expect(counts["CellNode"] ?? 0).toBeLessThanOrEqual(2);
    // The paths are the same array for React Flow: none of them, nor their arrow heads, is drawn again.
    expect(counts["EdgeWrapper"] ?? 0).toBe(0);
    expect(counts["MarkerDefinitions"] ?? 0).toBe(0);
    map.store.destroy();
  });

  it("far away, re-renders the cells of the cards it picks and lets go, not every cell of the map", async () => {
    const { map, cards, cells } = fullMap();
    const [a, b] = [cards[1]!, cards[cards.length - 2]!];
    renderCanvas(map.store, <ZoomControl />);
    await waitFitted();
    zoomTo(DETAIL_ZOOM / 2);
    await waitFor(() => expect(drawn(a)).toHaveClass("drawn"));
    act(() => fireEvent.click(drawn(a)));
    await waitFor(() => expect(drawn(a)).toHaveClass("selected"));
    await waitFor(() => expect(drawn(b)).toHaveClass("drawn"));

    counter.reset();
    act(() => fireEvent.click(drawn(b)));
    await waitFor(() => expect(drawn(b)).toHaveClass("selected"));
    // Card a is drawn by its cell again, card b is a node; each by one cell that changed, marked or no longer.
    await waitFor(() => expect(drawn(a)).toHaveClass("drawn"));
    const counts = counter.counts();
    expect(cells).toBeGreaterThan(12);
    expect(counts["CellNode"] ?? 0).toBeLessThanOrEqual(4);
    expect(counts["SketchCard"] ?? 0).toBeLessThanOrEqual(1);
    map.store.destroy();
  });

  it("selects the card, marks its cell and shows the inspector in one store update", () => {
    const { map, cards } = fullMap();
    const card = map.store.getState().journey.cards.find((c) => c.id === cards[3])!;
    map.store.getState().actions.setPanel("journey");
    let updates = 0;
    const stop = map.store.subscribe(() => (updates += 1));
    afterSelect(map.store, { cards: [card.id] });
    stop();
    const { ui } = map.store.getState();
    expect(ui.selection.cards).toEqual([card.id]);
    expect(ui.activeCell).toEqual({ stageId: card.stageId, laneId: card.laneId });
    expect(ui.panel).toBe("inspector");
    expect(updates).toBe(1);
    map.store.destroy();
  });
});

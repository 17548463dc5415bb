// @vitest-environment jsdom
// A facilitator holds the right arrow down to run along the stages: each press counts, also those that arrive
// while the view is still bringing the card the last press picked into sight (it is not drawn yet, so the focus
// cannot be on it yet). Before, such presses started again from the card the focus was still on, and were lost.
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import { addCard, addStage } from "../../src/doc/ops";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { viewFrom, waitFitted, ZoomControl } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe("arrow keys pressed faster than the view scrolls", () => {
  it("go one stage further per press, also past the cards not drawn yet", async () => {
    const map = makeMap("editor", "Ich vergleiche Tarife");
    const first = map.read().cards[0]!;
    for (let i = 0; i < 3; i++) addStage(map.doc, { name: `Phase ${i + 4}` });
    const ids = [map.cardId];
    for (const stage of map.read().stages.slice(1)) {
      ids.push(addCard(map.doc, { stageId: stage.id, laneId: first.laneId, title: `Schritt in „${stage.name}“` }));
    }
    renderCanvas(map.store, <ZoomControl />);
    await waitFitted();
    // Near, on the first stage: the third stage on is out of view and not drawn.
    viewFrom(0, 0, 3);
    await waitFor(() => expect(node(map.cardId)).not.toBeNull());
    expect(node(ids[2]!)).toBeNull();

    node(map.cardId)!.focus();
    for (let i = 0; i < 4; i++) fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(map.store.getState().ui.selection.cards).toEqual([ids[4]]);
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A facilitator starts a blank map by keyboard: the skip link lands on the first stage header, and there is no card
// to pick a cell by. N on a stage or lane header adds the card in that stage or lane (with the active cell's lane or
// stage, else the first) and opens its title, instead of only asking to choose a cell first.
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

function editorCanvas() {
  const map = makeMap("editor");
  renderCanvas(map.store);
  return map;
}

describe("N on a focused header with no cell chosen", () => {
  it("adds a card in that stage's first lane and opens its title", async () => {
    const user = userEvent.setup();
    const map = editorCanvas();
    const stage = map.journey.stages[1]!;
    const firstLane = map.journey.lanes[0]!;
    await waitFor(() => expect(node(`stage:${stage.id}`)).not.toBeNull());
    expect(map.store.getState().ui.activeCell).toBeNull();

    node(`stage:${stage.id}`)!.focus();
    await user.keyboard("n");

    const added = map.read().cards.filter((c) => c.id !== map.cardId);
    expect(added).toMatchObject([{ stageId: stage.id, laneId: firstLane.id }]);
    expect(map.store.getState().ui.error).toBeNull();
    expect(await screen.findByRole("textbox")).toHaveFocus();
    map.store.destroy();
  });

  it("adds a card in that lane, in the active cell's stage", async () => {
    const user = userEvent.setup();
    const map = editorCanvas();
    const [, , stage] = map.journey.stages;
    const lane = map.journey.lanes.find((l) => l.kind === "painPoints")!;
    await waitFor(() => expect(node(`lane:${lane.id}`)).not.toBeNull());
    act(() => map.store.getState().actions.setActiveCell({ stageId: stage!.id, laneId: map.journey.lanes[0]!.id }));

    node(`lane:${lane.id}`)!.focus();
    await user.keyboard("n");

    const added = map.read().cards.filter((c) => c.id !== map.cardId);
    expect(added).toMatchObject([{ stageId: stage!.id, laneId: lane.id }]);
    map.store.destroy();
  });
});

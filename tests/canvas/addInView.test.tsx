// @vitest-environment jsdom
// A card added with a cell's "+" opens its title for typing: when it lands out of view (below the view's edge as
// its cell grows), the view goes to it, so what is typed goes into a field one sees.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers } from "./peers";
import { viewFrom, waitFitted, ZoomControl } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});

describe("a card added with a cell's +", () => {
  it("is brought into view when it lands outside it", async () => {
    const { map, awareness } = renderCanvasWithPeers(<ZoomControl />);
    await screen.findByText("I pay online");
    await waitFitted();
    const { journey } = map.store.getState();
    const stage = journey.stages.at(-1)!;
    const lane = journey.lanes.at(-1)!;
    // The jsdom canvas has no size, so no card counts as in view: the new one must be brought to.
    viewFrom(0, 0, 1);
    const viewport = () => document.querySelector<HTMLElement>(".react-flow__viewport")!.style.transform;
    const before = viewport();
    const cell = screen.getByTestId(`cell-${stage.id}-${lane.id}`);
    act(() => fireEvent.click(within(cell).getByRole("button")));
    const added = map.store.getState().ui.editingCardId;
    expect(added).toBeTruthy();
    await waitFor(() => expect(viewport()).not.toBe(before));
    awareness.destroy();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A facilitator presses N (or F2) and types: the words typed replace the title shown, they are not added to
// the end of "New card".
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "../../src/canvas";
import { makeMap, renderWithStore, stubBrowserApis } from "../features/helpers";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(() => {
  cleanup();
});

describe("a card title opened for editing", () => {
  it("is selected whole, so typing replaces it", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "New card");
    renderWithStore(
      map.store,
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>,
    );
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    const input = await screen.findByLabelText("Title");
    expect(input).toHaveFocus();
    await user.keyboard("Schadensmeldung „heute“ ß €{Enter}");
    expect(map.read().cards[0]?.title).toBe("Schadensmeldung „heute“ ß €");
    map.store.destroy();
  });
});

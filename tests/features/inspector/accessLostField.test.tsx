// @vitest-environment jsdom
// An inspector field whose save the page refused because it lost its access (its link replaced, the map replaced or
// gone) keeps the typed text in the field, to copy, as the card's title on the canvas does; the map stays as it was.
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { makeMap, renderWithStore } from "../helpers";

afterEach(cleanup);

/** An editor's inspector on a card, with `text` typed into the description and the field still focused. */
async function typeDescription(text: string) {
  const user = userEvent.setup({ delay: null });
  const map = makeMap("editor", "I call the hotline");
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  const description = screen.getByLabelText("Description");
  await user.click(description);
  await user.type(description, text);
  return { map, description };
}

describe("a field left after the page lost its access", () => {
  it("keeps what was typed in the field, and the map does not take it", async () => {
    const { map, description } = await typeDescription("Wartezeit über 20 Minuten");
    act(() => map.store.getState().actions.loseAccess());
    fireEvent.blur(description);

    expect(map.store.getState().ui.errorMessage?.code).toBe("accessLost");
    expect(screen.getByLabelText("Description")).toHaveValue("Wartezeit über 20 Minuten");
    expect(map.read().cards[0]?.description).toBeUndefined();
    map.store.destroy();
  });

  it("saves as before while the page may edit", async () => {
    const { map, description } = await typeDescription("Wartezeit über 20 Minuten");
    fireEvent.blur(description);

    expect(map.read().cards[0]?.description).toBe("Wartezeit über 20 Minuten");
    expect(screen.getByLabelText("Description")).toHaveValue("Wartezeit über 20 Minuten");
    map.store.destroy();
  });
});

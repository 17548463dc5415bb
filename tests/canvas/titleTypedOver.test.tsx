// @vitest-environment jsdom
// A facilitator presses N (or F2) and types: the words typed replace the title shown, they are not added to
// the end of "New card". And when the owner replaces the edit link meanwhile, what was typed stays in the field
// (to copy or export), saving it is refused with the read-only sentence, and the map is not changed.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(() => {
  cleanup();
});

/** A map with one card whose title is open for editing on the canvas. */
async function openTitle(role: "owner" | "editor", title: string) {
  const map = makeMap(role, title);
  renderCanvas(map.store);
  act(() => map.store.getState().actions.editCardTitle(map.cardId));
  return { map, input: await screen.findByLabelText("Title") };
}

describe("a card title opened for editing", () => {
  it("is selected whole, so typing replaces it", async () => {
    const user = userEvent.setup();
    const { map, input } = await openTitle("owner", "New card");
    expect(input).toHaveFocus();
    await user.keyboard("Schadensmeldung „heute“ ß €{Enter}");
    expect(map.read().cards[0]?.title).toBe("Schadensmeldung „heute“ ß €");
    map.store.destroy();
  });

  it("keeps the typed text in its field when access is lost, and refuses to save it without changing the map", async () => {
    const user = userEvent.setup();
    const { map } = await openTitle("editor", "I report the damage");
    await user.keyboard("Ich melde den Schaden „online“");
    act(() => map.store.getState().actions.loseAccess());
    const still = screen.getByLabelText("Title");
    expect(still).toHaveValue("Ich melde den Schaden „online“");
    still.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByLabelText("Title")).toHaveValue("Ich melde den Schaden „online“");
    expect(map.store.getState().ui.error).toMatch(/^Not saved: this page has lost its access to the map/);
    expect(map.read().cards[0]?.title).toBe("I report the damage");
    map.store.destroy();
  });
});

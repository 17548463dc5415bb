// @vitest-environment jsdom
// The coaching check offers a customer-view rewording of a card worded from the company's side; in a live workshop
// the facilitator takes it with one button instead of retyping it. One step Undo takes back; the keyboard goes on to
// the next finding; a page that may not edit reads the rewording but gets no button.
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChecksPanel } from "../../../src/features/checks";
import { i18n, initI18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

beforeAll(() => initI18n("en"));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const insideOut = () => screen.getAllByTestId("finding").find((li) => li.dataset.rule === "inside-out-language");

describe("taking the customer-view rewording of a finding", () => {
  it("puts it into the card's title in one undoable step, says so in German and moves the keyboard on", async () => {
    await act(() => i18n.changeLanguage("de"));
    const user = userEvent.setup();
    const map = makeMap("editor", "Wir senden dem Kunden eine Bestätigung");
    renderWithStore(map.store, <ChecksPanel />);
    const item = insideOut()!;
    expect(within(item).getByTestId("finding-suggestion")).toHaveTextContent("Ich erhalte eine Bestätigung");

    await user.click(within(item).getByRole("button", { name: "Diese Formulierung übernehmen" }));

    expect(map.read().cards[0]?.title).toBe("Ich erhalte eine Bestätigung");
    expect(insideOut()).toBeUndefined();
    expect(screen.getByTestId("checks-said")).toHaveTextContent(
      "Die Karte lautet jetzt „Ich erhalte eine Bestätigung“.",
    );
    await waitFor(() => expect(document.activeElement).toHaveClass("finding-go"));

    act(() => map.store.getState().actions.undo());
    expect(map.read().cards[0]?.title).toBe("Wir senden dem Kunden eine Bestätigung");
    map.store.destroy();
  });

  it("is not offered to a page that may not edit", () => {
    const map = makeMap("commenter", "We send the customer a confirmation");
    renderWithStore(map.store, <ChecksPanel />);
    const item = insideOut()!;
    expect(within(item).getByTestId("finding-suggestion")).toBeInTheDocument();
    expect(within(item).queryByRole("button", { name: "Use this wording" })).toBeNull();
    map.store.destroy();
  });
});

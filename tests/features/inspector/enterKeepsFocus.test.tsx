// @vitest-environment jsdom
// Enter in a one-line field of the inspector saves and leaves the focus in the field. It used to blur the field:
// the focus fell to the page, where the next Backspace (to go on correcting the title) deleted the whole card.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("Enter in a one-line field", () => {
  it("saves and keeps the focus in the field, where Backspace goes on editing the text", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich melde den Schaden", { measurement: { metric: "NPS", target: 30 } });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);

    const title = screen.getByLabelText("Titel");
    await user.click(title);
    await user.keyboard("{End} in der App{Enter}");
    expect(map.read().cards[0]?.title).toBe("Ich melde den Schaden in der App");
    expect(title).toHaveFocus();

    await user.keyboard("{Backspace}{Backspace}{Backspace}„App“ – 0 €{Enter}");
    expect(map.read().cards[0]?.title).toBe("Ich melde den Schaden in der „App“ – 0 €");
    expect(title).toHaveFocus();

    const target = screen.getByLabelText("Zielwert");
    await user.click(target);
    await user.keyboard("{Control>}a{/Control}45,5{Enter}");
    expect(map.read().cards[0]?.measurement?.target).toBe(45.5);
    expect(target).toHaveFocus();
    expect(target).toHaveValue("45,5");
    map.store.destroy();
  });
});

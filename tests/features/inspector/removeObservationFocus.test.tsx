// @vitest-environment jsdom
// Removing an observed value with its ✕ leaves the keyboard in the list: on the value now in its place, else the
// last one, else the day to type. The focus used to fall to the page, where Backspace or Delete deletes the card.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("removing an observed value", () => {
  it("moves the focus to the next value's button, then to the day to type", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich melde den Schaden", {
      measurement: {
        metric: "CSAT",
        observations: [
          { date: "2026-09-30", value: 4.2 },
          { date: "2026-10-31", value: 4.4 },
        ],
      },
    });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);

    screen.getByRole("button", { name: "Den Wert vom 30.09.2026 entfernen" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().cards[0]?.measurement?.observations).toEqual([{ date: "2026-10-31", value: 4.4 }]);
    expect(screen.getByRole("button", { name: "Den Wert vom 31.10.2026 entfernen" })).toHaveFocus();

    await user.keyboard(" ");
    expect(map.read().cards[0]?.measurement?.observations).toEqual([]);
    expect(screen.getByLabelText("Datum")).toHaveFocus();
    map.store.destroy();
  });
});

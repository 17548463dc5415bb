// @vitest-environment jsdom
// Observed values are listed in the order of their days: a September figure added after November's is listed
// before it, and its ✕ removes that one, not the one that was in its place in the map's list.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("the list of observed values", () => {
  it("goes by day, and removes the value whose ✕ was pressed", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich melde den Schaden", {
      measurement: { metric: "CSAT", observations: [{ date: "2026-11-30", value: 4.4 }] },
    });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);

    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "30.09.2026");
    await user.type(screen.getByLabelText("Wert"), "4,1{Enter}");
    const days = () =>
      within(screen.getByRole("list"))
        .getAllByRole("listitem")
        .map((li) => li.textContent);
    expect(days()).toEqual([expect.stringContaining("30.09.2026"), expect.stringContaining("30.11.2026")]);

    await user.click(screen.getByRole("button", { name: "Den Wert vom 30.09.2026 entfernen" }));
    expect(map.read().cards[0]?.measurement?.observations).toEqual([{ date: "2026-11-30", value: 4.4 }]);
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Why Add card adds nothing yet is told without hovering, which a touch screen cannot and a screen reader does not
// do reliably: the button looks disabled but stays focusable and pressable, is described by the reason, and a press (a
// tap) shows the reason under it and says it, until a cell is chosen or the next press elsewhere.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toolbar } from "../../../src/features/toolbar";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

describe("Add card without a chosen cell", () => {
  it("is focusable and described by the reason, shows and says it when pressed, and adds once a cell is chosen", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    const button = screen.getByRole("button", { name: "Add card" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(
      "Choose a cell first: click it, select a card in it (Tab, then Space), or press N on a stage or lane header. The new card goes there.",
    );
    await user.tab();
    await user.tab();
    await user.tab();
    expect(button).toHaveFocus();
    expect(screen.queryByTestId("add-card-why")).toBeNull();

    const cards = map.read().cards.length;
    await user.click(button);
    expect(map.read().cards).toHaveLength(cards);
    const why = "Tap or click a cell on the map first; the new card goes there.";
    expect(screen.getByTestId("add-card-why")).toHaveTextContent(why);
    expect(screen.getByTestId("toolbar-said")).toHaveTextContent(why);
    // Not an error: the map's error banner stays empty.
    expect(map.store.getState().ui.error).toBeNull();
    // It goes at the next press elsewhere, as a popover does, and comes back with Enter on the button.
    await user.click(document.body);
    expect(screen.queryByTestId("add-card-why")).toBeNull();
    button.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("add-card-why")).toHaveTextContent(why);

    const cell = { stageId: map.journey.stages[0]!.id, laneId: map.journey.lanes[0]!.id };
    act(() => map.store.getState().actions.setActiveCell(cell));
    expect(screen.queryByTestId("add-card-why")).toBeNull();
    expect(button).not.toHaveAttribute("aria-disabled");
    expect(button).toHaveAccessibleDescription("Add a card to the chosen cell (N)");
    await user.click(button);
    expect(map.read().cards).toHaveLength(cards + 1);
    map.store.destroy();
  });

  it("tells it in German", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <Toolbar />);
    const button = screen.getByRole("button", { name: "Karte hinzufügen" });
    expect(button).toHaveAccessibleDescription(
      "Wählen Sie zuerst eine Zelle: Klicken Sie sie an, wählen Sie eine Karte darin (Tab, dann Leertaste) oder drücken Sie N auf der Kopfzeile einer Phase oder Zeile. Die neue Karte kommt dorthin.",
    );
    await user.click(button);
    expect(screen.getByTestId("add-card-why")).toHaveTextContent(
      "Tippen oder klicken Sie zuerst auf eine Zelle der Map; dort entsteht die neue Karte.",
    );
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A facilitator who works by keyboard draws the customer's path from the card's inspector: picks the card the
// customer goes to next and presses Add step. One undoable step; a card already on the path from here, and the card
// itself, are not offered; people who may not edit do not get the control.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { addCard } from "../../../src/doc/ops";
import { i18n, initI18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

beforeAll(() => initI18n("en"));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

function mapWithTwoCards(role: "editor" | "viewer" = "editor") {
  const map = makeMap(role, "Ich fülle das Formular online aus");
  const stage = map.journey.stages[1]!;
  const lane = map.journey.lanes.find((l) => l.kind === "touchpoints")!;
  const next = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "Ich gehe in die Filiale – „vor Ort“" });
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  return { map, next, stage, lane };
}

describe("adding a step of the customer's path from the inspector", () => {
  it("connects the card to the chosen one with the keyboard only, in German, and Undo takes it back", async () => {
    await act(() => i18n.changeLanguage("de"));
    const user = userEvent.setup();
    const { map, next, stage, lane } = mapWithTwoCards();
    const picker = screen.getByLabelText("Weg des Kunden: nächster Schritt zu");
    // The cards are offered once the list is in use, not drawn with every selection of a big map.
    expect(within(picker).getAllByRole("option")).toHaveLength(1);
    act(() => picker.focus());
    const options = within(picker)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Karte wählen …", `${lane.name} · Ich gehe in die Filiale – „vor Ort“`]);
    expect(within(picker).getByRole("group", { name: stage.name })).toBeTruthy();

    await user.selectOptions(picker, next);
    await user.tab();
    expect(screen.getByRole("button", { name: "Schritt hinzufügen" })).toHaveFocus();
    await user.keyboard("{Enter}");

    expect(map.read().connections).toMatchObject([{ from: map.cardId, to: next }]);
    expect(
      screen.getByText(/Schritt hinzugefügt: Ich fülle das Formular online aus → Ich gehe in die Filiale/),
    ).toBeTruthy();
    // The keyboard is back on the list for the next step; the card now on the path from here is not offered again.
    expect(picker).toHaveFocus();
    expect(within(picker).getAllByRole("option")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Schritt hinzufügen" })).toBeDisabled();

    act(() => map.store.getState().actions.undo());
    expect(map.read().connections).toEqual([]);
    map.store.destroy();
  });

  it("is not offered to a viewer", () => {
    const { map } = mapWithTwoCards("viewer");
    expect(screen.queryByLabelText("Customer's path: next step to")).toBeNull();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A value observed without a day (the date field cleared): the inspector refuses it with a sentence at the date
// field, in the interface's language; it used to reach the map, which answered with a technical field path.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../src/features/inspector";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("an observed value without a day", () => {
  it("is refused at the date field with a German sentence and changes nothing", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "Ich melde den Schaden", {
      measurement: { metric: "CSAT", observations: [{ date: "2026-09-30", value: 4.25 }] },
    });
    await i18n.changeLanguage("de");
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);

    const date = screen.getByLabelText("Datum");
    fireEvent.change(date, { target: { value: "" } });
    await user.type(screen.getByLabelText("Wert"), "3,9");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));

    expect(screen.getByRole("alert")).toHaveTextContent("Wählen Sie den Tag, an dem der Wert gemessen wurde.");
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(map.store.getState().ui.error).toBeNull();
    expect(map.read().cards[0]?.measurement?.observations).toEqual([{ date: "2026-09-30", value: 4.25 }]);
    map.store.destroy();
  });
});

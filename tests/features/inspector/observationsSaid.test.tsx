// @vitest-environment jsdom
// Observed values by keyboard and screen reader: adding one with Enter and removing one with its ✕ is said in a
// polite status (the list changes away from the keyboard), in English and German, and two values of one day have
// remove buttons that name their values, so each button says which it removes.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("observed values said to a screen reader", () => {
  it("says a value added with Enter and a value removed with its button", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I pay", { measurement: { metric: "CSAT", observations: [] } });
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const said = screen.getByTestId("observations-said");
    expect(said).toHaveAttribute("role", "status");
    expect(said).toBeEmptyDOMElement();

    const day = screen.getByRole("textbox", { name: "Date" });
    await user.clear(day);
    await user.type(day, "2026-11-03");
    await user.type(screen.getByRole("textbox", { name: "Value" }), "4.2{Enter}");
    expect(map.read().cards[0]?.measurement?.observations).toEqual([{ date: "2026-11-03", value: 4.2 }]);
    expect(said).toHaveTextContent("Added 4.2 for Nov 3, 2026.");

    screen.getByRole("button", { name: "Remove the value of Nov 3, 2026" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().cards[0]?.measurement?.observations).toEqual([]);
    expect(said).toHaveTextContent("Removed 4.2 of Nov 3, 2026.");
    map.store.destroy();
  });

  it("names the value on the remove buttons of two values of one day, and says it in German", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich zahle", {
      measurement: {
        metric: "CSAT",
        observations: [
          { date: "2026-11-01", value: 4.1, n: 30 },
          { date: "2026-11-01", value: 3.9 },
          { date: "2026-10-01", value: 4 },
        ],
      },
    });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    expect(screen.getByRole("button", { name: "Den Wert vom 01.10.2026 entfernen" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Den Wert 4,1 vom 01.11.2026 entfernen" })).toBeInTheDocument();
    screen.getByRole("button", { name: "Den Wert 3,9 vom 01.11.2026 entfernen" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().cards[0]?.measurement?.observations?.map((o) => o.value)).toEqual([4.1, 4]);
    expect(screen.getByTestId("observations-said")).toHaveTextContent("3,9 vom 01.11.2026 entfernt.");
    // Alone on its day again, the value's button names the day only.
    expect(screen.getByRole("button", { name: "Den Wert vom 01.11.2026 entfernen" })).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Wert" }), "4,6{Enter}");
    expect(screen.getByTestId("observations-said")).toHaveTextContent(/^4,6 für den \d\d\.\d\d\.\d{4} hinzugefügt\.$/);
    map.store.destroy();
  });
});

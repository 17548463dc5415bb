// @vitest-environment jsdom
// A value that cannot be added says why (a measurement point keeps at most 1,000 observed values), in English and
// German, and what was typed stays in the form.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MAX } from "../../../src/doc";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

const full = Array.from({ length: MAX.observations }, (_, i) => ({
  date: `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
  value: i,
}));

async function open(language: "en" | "de") {
  const map = makeMap("owner", "Ich melde den Schaden", { measurement: { metric: "CSAT", observations: full } });
  await act(() => i18n.changeLanguage(language));
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);
  return map;
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("a value past the limit of observed values", () => {
  it("says in English that a measurement point keeps at most 1,000 values, and keeps what was typed", async () => {
    const user = userEvent.setup({ delay: null });
    const map = await open("en");
    const day = screen.getByLabelText("Date");
    // Queries stay inside the form: the whole panel holds 1,000 values, which jsdom is slow to search.
    const form = within(day.closest("form") ?? document.body);
    await user.clear(day);
    await user.type(day, "2026-12-01");
    await user.type(form.getByLabelText("Value"), "4.5");
    await user.type(form.getByLabelText("Number of answers"), "31{Enter}");

    expect(form.getByRole("alert")).toHaveTextContent(
      "This value was not added: a measurement point keeps at most 1,000 observed values. Remove an older one to add this one.",
    );
    expect(form.getByLabelText("Value")).toHaveAttribute("aria-invalid", "true");
    expect(day).toHaveValue("2026-12-01");
    expect(form.getByLabelText("Value")).toHaveValue("4.5");
    expect(form.getByLabelText("Number of answers")).toHaveValue("31");
    expect(map.read().cards[0]?.measurement?.observations).toHaveLength(MAX.observations);
    map.store.destroy();
  });

  it("says it in German, with the German thousands separator, and keeps what was typed", async () => {
    const user = userEvent.setup({ delay: null });
    const map = await open("de");
    const day = screen.getByLabelText("Datum");
    // Queries stay inside the form: the whole panel holds 1,000 values, which jsdom is slow to search.
    const form = within(day.closest("form") ?? document.body);
    await user.clear(day);
    await user.type(day, "01.12.2026");
    await user.type(form.getByLabelText("Wert"), "4,5{Enter}");

    expect(form.getByRole("alert")).toHaveTextContent(
      "Dieser Wert wurde nicht hinzugefügt: Ein Messpunkt hält höchstens 1.000 gemessene Werte. Entfernen Sie einen älteren, um diesen hinzuzufügen.",
    );
    expect(day).toHaveValue("01.12.2026");
    expect(form.getByLabelText("Wert")).toHaveValue("4,5");
    expect(map.read().cards[0]?.measurement?.observations).toHaveLength(MAX.observations);
    map.store.destroy();
  });

  it("gives the map's reason when the map refuses a value for another reason", async () => {
    const user = userEvent.setup({ delay: null });
    const map = makeMap("owner", "I report the damage", { measurement: { metric: "CSAT" } });
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);
    // The map still opening refuses every change (src/store/store.ts run).
    act(() => map.store.setState({ opening: true }));
    const day = screen.getByLabelText("Date");
    // Queries stay inside the form: the whole panel holds 1,000 values, which jsdom is slow to search.
    const form = within(day.closest("form") ?? document.body);
    await user.clear(day);
    await user.type(day, "2026-12-01");
    await user.type(form.getByLabelText("Value"), "4.5{Enter}");

    expect(form.getByRole("alert")).toHaveTextContent(
      "This value could not be added. The map is still opening; nothing was changed. Try again in a moment.",
    );
    expect(form.getByLabelText("Value")).toHaveValue("4.5");
    expect(map.read().cards[0]?.measurement?.observations).toBeUndefined();
    map.store.destroy();
  });
});

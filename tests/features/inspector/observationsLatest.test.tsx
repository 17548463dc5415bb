// @vitest-environment jsdom
// A measurement point with many observed values lists the latest 50 of them, says how many there are, and shows all
// on request with the keyboard on the list: a point measured daily for years draws quickly when its card is chosen.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { LATEST_OBSERVATIONS } from "../../../src/features/inspector/MeasurementEditor";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

// 120 days of 2026 from 1 January, listed in the map in reverse: the list orders them by day.
const days = Array.from({ length: 120 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 0, 1 + i));
  return { date: day.toISOString().slice(0, 10), value: i + 1 };
}).reverse();

async function open(language: "en" | "de", observations = days) {
  const map = makeMap("owner", "Ich melde den Schaden", { measurement: { metric: "CSAT", observations } });
  await act(() => i18n.changeLanguage(language));
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);
  return map;
}

const listed = () =>
  within(screen.getByRole("list", { name: /Observed values|Gemessene Werte/ })).getAllByRole("listitem");

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("a measurement point with many observed values", () => {
  it("lists the latest 50 by day, says how many there are, and shows all of them on request", async () => {
    const user = userEvent.setup({ delay: null });
    const map = await open("en");
    expect(LATEST_OBSERVATIONS).toBe(50);
    const rows = listed();
    expect(rows).toHaveLength(50);
    // 120 days from 1 January end on 30 April; the latest 50 start on 12 March.
    expect(rows[0]).toHaveTextContent("Mar 12, 2026");
    expect(rows[49]).toHaveTextContent("Apr 30, 2026");
    expect(screen.getByTestId("observations-latest")).toHaveTextContent("The latest 50 of 120 values.");

    await user.click(screen.getByRole("button", { name: "Show all 120" }));
    expect(listed()).toHaveLength(120);
    expect(listed()[0]).toHaveTextContent("Jan 1, 2026");
    expect(screen.queryByTestId("observations-latest")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("list", { name: "Observed values" }));
    expect(map.read().cards[0]?.measurement?.observations).toHaveLength(120);
    map.store.destroy();
  });

  it("says it in German, and removes a listed value from the map", async () => {
    const user = userEvent.setup({ delay: null });
    const map = await open("de");
    expect(screen.getByTestId("observations-latest")).toHaveTextContent("Die letzten 50 von 120 Werten.");
    expect(screen.getByRole("button", { name: "Alle 120 zeigen" })).toBeInTheDocument();
    const last = listed()[49]!;
    await user.click(within(last).getByRole("button"));
    const left = map.read().cards[0]?.measurement?.observations ?? [];
    expect(left).toHaveLength(119);
    expect(left.some((o) => o.date === "2026-04-30")).toBe(false);
    expect(screen.getByTestId("observations-latest")).toHaveTextContent("Die letzten 50 von 119 Werten.");
    map.store.destroy();
  });

  it("lists 50 values or fewer in full, without the note", async () => {
    const map = await open("en", days.slice(0, 50));
    expect(listed()).toHaveLength(50);
    expect(screen.queryByTestId("observations-latest")).toBeNull();
    map.store.destroy();
  });
});

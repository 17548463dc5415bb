// @vitest-environment jsdom
// The day of an observed value is typed as the interface language writes it. The browser's date field ordered day
// and month by the browser's own language: 01.11.2026 typed into an English browser's field became 11 January.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

const measured = { measurement: { metric: "CSAT", observations: [{ date: "2026-09-30", value: 4.25 }] } };

async function open(language: "en" | "de") {
  const map = makeMap("owner", "Ich melde den Schaden", measured);
  await act(() => i18n.changeLanguage(language));
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);
  return map;
}

const zone = process.env["TZ"];

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  if (zone === undefined) delete process.env["TZ"];
  else process.env["TZ"] = zone;
  await i18n.changeLanguage("en");
});

describe("the day of an observed value", () => {
  it("takes 01.11.2026 as 1 November in German, added with Enter", async () => {
    const user = userEvent.setup();
    const map = await open("de");
    const day = screen.getByLabelText("Datum");
    expect(day).toHaveAttribute("type", "text");
    expect(day).toHaveAttribute("placeholder", "TT.MM.JJJJ");
    await user.clear(day);
    await user.type(day, "01.11.2026");
    await user.type(screen.getByLabelText("Wert"), "4,5{Enter}");

    expect(map.read().cards[0]?.measurement?.observations).toEqual([
      { date: "2026-09-30", value: 4.25 },
      { date: "2026-11-01", value: 4.5 },
    ]);
    expect(screen.getByText("01.11.2026")).toBeInTheDocument();
    expect(screen.getByLabelText("Wert")).toHaveValue("");
    map.store.destroy();
  });

  it("refuses a day that reads two ways, or is not in the calendar, with a German sentence and keeps it", async () => {
    const user = userEvent.setup();
    const map = await open("de");
    const day = screen.getByLabelText("Datum");
    await user.clear(day);
    await user.type(day, "01/11/2026");
    await user.type(screen.getByLabelText("Wert"), "4,5{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "„01/11/2026“ kann 01.11.2026 oder 11.01.2026 bedeuten; schreiben Sie 01.11.2026 oder 11.01.2026.",
    );
    expect(day).toHaveAttribute("aria-invalid", "true");

    await user.clear(day);
    await user.type(day, "31.02.2026{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("„31.02.2026“ ist kein Tag im Kalender.");

    await user.clear(day);
    await user.type(day, "1. Nov.{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Schreiben Sie das Datum als Tag.Monat.Jahr, z. B. 01.11.2026.",
    );
    expect(day).toHaveValue("1. Nov.");
    expect(screen.getByLabelText("Wert")).toHaveValue("4,5");
    expect(map.read().cards[0]?.measurement?.observations).toEqual([{ date: "2026-09-30", value: 4.25 }]);
    expect(map.store.getState().ui.error).toBeNull();
    map.store.destroy();
  });

  it("starts at today on this computer's calendar, not in UTC", async () => {
    process.env["TZ"] = "Europe/Berlin";
    vi.useFakeTimers({ toFake: ["Date"] });
    // 00:30 on 1 December in Berlin, still 30 November in UTC.
    vi.setSystemTime(new Date("2026-11-30T23:30:00Z"));
    const map = await open("de");
    expect(screen.getByLabelText("Datum")).toHaveValue("01.12.2026");
    map.store.destroy();
  });

  it("shows and takes ISO days in English", async () => {
    const user = userEvent.setup();
    const map = await open("en");
    const day = screen.getByLabelText("Date");
    expect((day as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.clear(day);
    await user.type(day, "2026-11-01");
    await user.type(screen.getByLabelText("Value"), "4.5");
    await user.type(screen.getByLabelText("Number of answers"), "31{Enter}");
    expect(map.read().cards[0]?.measurement?.observations?.[1]).toEqual({ date: "2026-11-01", value: 4.5, n: 31 });
    map.store.destroy();
  });
});

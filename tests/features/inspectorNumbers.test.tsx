// @vitest-environment jsdom
// Numbers and dates in the inspector as the interface language writes them: shown with its decimal separator and
// date format, typed with "," or ".", and refused with a sentence when they could be read two ways.
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../src/features/inspector";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

const measured = {
  measurement: {
    metric: "CSAT",
    target: 4.5,
    observations: [{ date: "2026-09-30", value: 4.25, n: 1200 }],
  },
};

async function mapIn(language: "en" | "de") {
  const map = makeMap("owner", "Ich bezahle", measured);
  await i18n.changeLanguage(language);
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);
  return map;
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("numbers and dates in the inspector", () => {
  it("shows the target, observed values and dates the German way, also the day to type, and keeps ISO in the map", async () => {
    const map = await mapIn("de");
    expect(screen.getByLabelText("Zielwert")).toHaveValue("4,5");
    const list = screen.getByRole("list");
    expect(within(list).getByText("4,25")).toBeInTheDocument();
    expect(within(list).getByText("30.09.2026")).toBeInTheDocument();
    expect(list).toHaveTextContent("(n = 1200)");
    expect(screen.getByRole("button", { name: "Den Wert vom 30.09.2026 entfernen" })).toBeInTheDocument();
    expect((screen.getByLabelText("Datum") as HTMLInputElement).value).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(map.read().cards[0]?.measurement?.observations?.[0]?.date).toBe("2026-09-30");
    map.store.destroy();
  });

  it("shows them the English way in English", async () => {
    const map = await mapIn("en");
    expect(screen.getByLabelText("Target")).toHaveValue("4.5");
    const list = screen.getByRole("list");
    expect(within(list).getByText("4.25")).toBeInTheDocument();
    expect(within(list).getByText("Sep 30, 2026")).toBeInTheDocument();
    map.store.destroy();
  });

  it("takes a German target typed with a comma or a point", async () => {
    const user = userEvent.setup();
    const map = await mapIn("de");
    const target = screen.getByLabelText("Zielwert");
    await user.clear(target);
    await user.type(target, "4,2");
    await user.tab();
    expect(map.read().cards[0]?.measurement?.target).toBe(4.2);
    expect(target).toHaveValue("4,2");

    await user.clear(target);
    await user.type(target, "3.8");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(3.8);
    expect(target).toHaveValue("3,8");
    map.store.destroy();
  });

  it("refuses a German target that could be a thousand or a fraction, or has several separators, and keeps the map's", async () => {
    const user = userEvent.setup();
    const map = await mapIn("de");
    const target = screen.getByLabelText("Zielwert");
    await user.clear(target);
    await user.type(target, "4.125");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "„4.125“ kann 4,125 oder 4125 bedeuten; schreiben Sie 4,125 oder 4125.",
    );
    expect(target).toHaveAttribute("aria-invalid", "true");
    expect(map.read().cards[0]?.measurement?.target).toBe(4.5);

    await user.clear(target);
    await user.type(target, "1.234,5");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Schreiben Sie die Zahl mit höchstens einem Komma und ohne Tausenderpunkte, z. B. 1234,5.",
    );
    expect(map.read().cards[0]?.measurement?.target).toBe(4.5);

    await user.clear(target);
    await user.type(target, "0x10");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Der Zielwert muss eine Zahl sein, z. B. 4,2.");
    expect(map.read().cards[0]?.measurement?.target).toBe(4.5);
    map.store.destroy();
  });

  it("adds a German observed value typed with a comma and refuses an ambiguous number of answers", async () => {
    const user = userEvent.setup();
    const map = await mapIn("de");
    await user.type(screen.getByLabelText("Wert"), "3,75");
    await user.type(screen.getByLabelText("Anzahl der Antworten"), "1.000");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "„1.000“ kann 1 oder 1000 bedeuten; schreiben Sie 1 oder 1000.",
    );
    expect(screen.getByLabelText("Anzahl der Antworten")).toHaveAttribute("aria-invalid", "true");
    expect(map.read().cards[0]?.measurement?.observations).toHaveLength(1);

    await user.clear(screen.getByLabelText("Anzahl der Antworten"));
    await user.type(screen.getByLabelText("Anzahl der Antworten"), "1000");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));
    expect(map.read().cards[0]?.measurement?.observations?.[1]).toMatchObject({ value: 3.75, n: 1000 });
    expect(within(screen.getByRole("list")).getByText("3,75")).toBeInTheDocument();
    map.store.destroy();
  });

  it("refuses an English value of 4,125, which could be a fraction or four thousand", async () => {
    const user = userEvent.setup();
    const map = await mapIn("en");
    await user.type(screen.getByLabelText("Value"), "4,125");
    await user.click(screen.getByRole("button", { name: "Add value" }));
    expect(screen.getByRole("alert")).toHaveTextContent('"4,125" could mean 4.125 or 4125; write 4.125 or 4125.');
    expect(map.read().cards[0]?.measurement?.observations).toHaveLength(1);
    map.store.destroy();
  });
});

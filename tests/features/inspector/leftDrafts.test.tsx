// @vitest-environment jsdom
// A text the inspector refused, or a value typed and not added, is not lost when the facilitator selects another
// card: coming back to the card shows it again, with its reason, to fix or give up with Escape.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

async function twoCards() {
  const map = makeMap("editor", "Ich rufe die Hotline an", { measurement: { metric: "CSAT", target: 4.5 } });
  const [stage] = map.journey.stages;
  const lane = map.journey.lanes.find((l) => l.kind === "touchpoints");
  if (!stage || !lane) throw new Error("blank journey without a stage or touchpoints lane");
  const other = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "Ich melde den Schaden in der App" });
  await act(() => i18n.changeLanguage("de"));
  const select = (id: string) => act(() => map.store.getState().actions.select({ cards: [id] }));
  await select(map.cardId);
  renderWithStore(map.store, <Inspector />);
  return { map, other, select };
}

describe("a refused or unadded text when another card is selected", () => {
  it("is back with its reason when the card is selected again, and the map never took it", async () => {
    const user = userEvent.setup();
    const { map, other, select } = await twoCards();
    const saved = map.read().cards.find((c) => c.id === map.cardId);

    await user.clear(screen.getByLabelText("Zielwert"));
    await user.type(screen.getByLabelText("Zielwert"), "4,5 Punkte");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Der Zielwert muss eine Zahl sein, z. B. 4,2.");
    await user.clear(screen.getByLabelText("Frage an die Kundschaft"));
    await user.type(screen.getByLabelText("Frage an die Kundschaft"), "Wie „zufrieden“ waren Sie?");
    await user.type(screen.getByLabelText("Wert"), "4,1");

    await select(other);
    expect(screen.getByLabelText("Titel")).toHaveValue("Ich melde den Schaden in der App");
    expect(screen.queryByRole("alert")).toBeNull();
    await select(map.cardId);

    expect(screen.getByLabelText("Zielwert")).toHaveValue("4,5 Punkte");
    expect(screen.getByLabelText("Zielwert")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("Der Zielwert muss eine Zahl sein, z. B. 4,2.");
    expect(screen.getByLabelText("Wert")).toHaveValue("4,1");
    // The valid question was saved as the field was left; only the refused target waits.
    expect(map.read().cards.find((c) => c.id === map.cardId)?.measurement).toEqual({
      ...saved?.measurement,
      question: "Wie „zufrieden“ waren Sie?",
    });

    await user.click(screen.getByLabelText("Zielwert"));
    await user.keyboard("{Escape}");
    expect(screen.getByLabelText("Zielwert")).toHaveValue("4,5");
    expect(screen.queryByRole("alert")).toBeNull();
    map.store.destroy();
  });

  it("comes back once: a field given up with Escape shows the map's value on the next visit", async () => {
    const user = userEvent.setup();
    const { map, other, select } = await twoCards();
    await user.clear(screen.getByLabelText("Titel"));
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Dieses Feld darf nicht leer sein.");
    await select(other);
    await select(map.cardId);
    expect(screen.getByLabelText("Titel")).toHaveValue("");
    await user.click(screen.getByLabelText("Titel"));
    await user.keyboard("{Escape}");
    await select(other);
    await select(map.cardId);
    expect(screen.getByLabelText("Titel")).toHaveValue("Ich rufe die Hotline an");
    map.store.destroy();
  });
});

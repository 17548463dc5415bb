// @vitest-environment jsdom
// A card in an emotions lane needs an emotion: its inspector does not offer "none" (the map would only refuse it);
// a card in any other lane can go without one.
import { cleanup, screen, within } from "@testing-library/react";
import { Inspector } from "../../src/features/inspector";
import { addCard } from "../../src/doc/ops";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

function emotionChoices(): string[] {
  return within(screen.getByLabelText("Gefühl"))
    .getAllByRole("option")
    .map((o) => o.textContent ?? "");
}

describe("the emotion choice in the inspector", () => {
  it("offers no 'none' on a card in an emotions lane, and offers it elsewhere", async () => {
    const map = makeMap("owner", "Ich melde den Schaden");
    await i18n.changeLanguage("de");
    const emotions = map.journey.lanes.find((l) => l.kind === "emotions");
    if (!emotions) throw new Error("blank journey without emotions lane");
    const felt = addCard(map.doc, {
      stageId: map.journey.stages[0]!.id,
      laneId: emotions.id,
      title: "Genervt über 50 € Gebühr",
      emotion: -2,
    });

    map.store.getState().actions.select({ cards: [felt] });
    renderWithStore(map.store, <Inspector />);
    expect(emotionChoices()).toEqual([
      "−2 · Sehr unzufrieden",
      "−1 · Unzufrieden",
      "0 · Neutral",
      "+1 · Zufrieden",
      "+2 · Begeistert",
    ]);
    cleanup();

    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);
    expect(emotionChoices()[0]).toBe("—");
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A card's own words are read in the map's language; the interface's words on it (its marks, emotion, channel,
// target and latest figure, the missing measurement point) say they are in the interface's language.
import { act, cleanup, render, screen } from "@testing-library/react";
import { CardView } from "../../src/canvas/nodes/CardView";
import type { Card } from "../../src/doc";
import { i18n, initI18n } from "../../src/i18n";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const card: Card = {
  id: "cd_1",
  stageId: "st_1",
  laneId: "ln_1",
  title: "Ich melde den Schaden über die App",
  channel: "app",
  emotion: -1,
  momentOfTruth: { reason: "Hier entscheidet sich, ob ich bleibe" },
  signatureInteraction: { reason: "Rückruf in zehn Minuten" },
  measurement: { metric: "CSAT", target: 4.5, observations: [{ date: "2026-09-30", value: 4.2 }] },
};

const langOf = (el: Element) => el.closest("[lang]")?.getAttribute("lang");

function renderOnMap(c: Card, laneKind: "touchpoints" | "actions", map: string) {
  render(
    <div lang={map}>
      <CardView card={c} laneKind={laneKind} />
    </div>,
  );
}

describe("a card's words", () => {
  it("are in the map's language, and the interface's words on it in the interface's", async () => {
    initI18n("en");
    await act(() => i18n.changeLanguage("en"));
    renderOnMap(card, "touchpoints", "de");
    expect(langOf(screen.getByTestId("card-title"))).toBe("de");
    const words = [
      screen.getByTestId("mark-mot"),
      screen.getByTestId("mark-signature"),
      screen.getByLabelText("Unhappy"),
      screen.getByText("App"),
      screen.getByText(/target/),
      screen.getByText(/latest/),
    ];
    for (const el of words) expect([el.textContent, langOf(el)]).toEqual([el.textContent, "en"]);
    // The metric's own name is no word of either language.
    expect(langOf(screen.getByText("CSAT"))).toBe("de");
  });

  it("follow the interface into German on an English map, also for a missing measurement point", async () => {
    initI18n("de");
    await act(() => i18n.changeLanguage("de"));
    const { measurement: _m, ...unmeasured } = card;
    renderOnMap({ ...unmeasured, title: "I report the damage" }, "touchpoints", "en");
    expect(langOf(screen.getByTestId("card-title"))).toBe("en");
    const missing = document.querySelector(".card-metric.missing")!;
    expect(missing.textContent).not.toBe("");
    expect(langOf(missing)).toBe("de");
    expect(langOf(screen.getByTestId("mark-mot"))).toBe("de");
  });
});

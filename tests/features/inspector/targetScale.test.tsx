// @vitest-environment jsdom
// A target or observed value off the measurement point's scale (−1 or 150 on a 1-5 CSAT, an NPS of 150, 700 on a
// custom 0–600 s) is a typo: it is refused with a sentence in the interface language and the map keeps what it had. A
// CSAT or CES also takes a share of good answers from 0 to 100 (CSAT 85 % on a 1-5 question). A scale without numbers
// holds any figure.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { scaleRange } from "../../../src/features/inspector/scaleRange";
import { i18n, initI18n } from "../../../src/i18n";
import type { Measurement } from "../../../src/doc";
import { makeMap, renderWithStore } from "../helpers";

beforeAll(() => initI18n("en"));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

async function open(measurement: Measurement, language: "en" | "de" = "en") {
  const map = makeMap("editor", "Ich rufe die Hotline an", { measurement });
  await act(() => i18n.changeLanguage(language));
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  return map;
}

describe("scaleRange", () => {
  it("reads a scale as typed, and gives NPS its score from -100 to 100", () => {
    expect(scaleRange("CSAT", "1-5")).toEqual({ min: 1, max: 5, orShare: true });
    expect(scaleRange("CES", "1 – 7")).toEqual({ min: 1, max: 7, orShare: true });
    expect(scaleRange("custom", "0-100 %")).toEqual({ min: 0, max: 100 });
    expect(scaleRange("custom", "1 bis 10")).toEqual({ min: 1, max: 10 });
    expect(scaleRange("custom", "-5..5")).toEqual({ min: -5, max: 5 });
    expect(scaleRange("NPS", "0-10")).toEqual({ min: -100, max: 100 });
    expect(scaleRange("custom", "0–600 s")).toEqual({ min: 0, max: 600 });
    expect(scaleRange("custom", "0 % to 100 %")).toEqual({ min: 0, max: 100 });
    expect(scaleRange("CSAT", "1-5 ★")).toEqual({ min: 1, max: 5, orShare: true });
    expect(scaleRange("custom", "-3 to +3")).toEqual({ min: -3, max: 3 });
    expect(scaleRange("custom", "1-5, 1 = bad")).toBeNull();
    expect(scaleRange("custom", "Minuten")).toBeNull();
    expect(scaleRange("custom", undefined)).toBeNull();
  });
});

describe("a target off the scale", () => {
  it("is refused with a sentence on a 1-5 CSAT, and the map keeps its target; a mean or a share is taken", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "CSAT", scale: "1-5", target: 4.5 });
    const target = screen.getByLabelText("Target");
    for (const typo of ["150", "-1"]) {
      await user.clear(target);
      await user.type(target, typo);
      await user.tab();
      expect(screen.getByRole("alert")).toHaveTextContent(
        `The target ${typo} is neither on the scale 1 to 5 nor a share from 0 to 100 %.`,
      );
      expect(map.read().cards[0]?.measurement?.target).toBe(4.5);
    }

    await user.clear(target);
    await user.type(target, "4.8");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(4.8);

    // CSAT as the share of satisfied answers: 85 % on the same 1-5 question.
    await user.clear(target);
    await user.type(target, "85 %");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(85);
    map.store.destroy();
  });

  it("is refused past a custom metric's own scale, which takes no share", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "custom", label: "Wartezeit", scale: "0–600 s", target: 45 });
    const target = screen.getByLabelText("Target");
    await user.clear(target);
    await user.type(target, "700");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("The target 700 lies outside the scale 0 to 600.");
    expect(map.read().cards[0]?.measurement?.target).toBe(45);
    map.store.destroy();
  });

  it("is refused for an NPS past 100, in German, while 50 on its 0-10 question is taken", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "NPS", scale: "0-10", target: 30 }, "de");
    const target = screen.getByLabelText("Zielwert");
    await user.clear(target);
    await user.type(target, "150");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Ein NPS reicht von −100 bis 100; der Zielwert 150 liegt außerhalb.",
    );
    expect(map.read().cards[0]?.measurement?.target).toBe(30);

    await user.clear(target);
    await user.type(target, "50");
    await user.tab();
    expect(map.read().cards[0]?.measurement?.target).toBe(50);
    map.store.destroy();
  });

  it("is taken on a scale without numbers", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "custom", label: "Wartezeit", scale: "Minuten" });
    const target = screen.getByLabelText("Target");
    await user.type(target, "90");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(90);
    map.store.destroy();
  });
});

describe("an observed value off the scale", () => {
  it("is refused with a sentence in German, and nothing is added", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "CES", scale: "1-7" }, "de");
    await user.type(screen.getByLabelText("Wert"), "100,5");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Der Wert 100,5 liegt weder auf der Skala 1 bis 7 noch ist er ein Anteil von 0 bis 100 %.",
    );
    expect(map.read().cards[0]?.measurement?.observations).toBeUndefined();

    await user.clear(screen.getByLabelText("Wert"));
    await user.type(screen.getByLabelText("Wert"), "5,5");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));
    expect(map.read().cards[0]?.measurement?.observations).toMatchObject([{ value: 5.5 }]);
    map.store.destroy();
  });
});

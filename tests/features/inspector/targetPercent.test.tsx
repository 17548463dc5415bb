// @vitest-environment jsdom
// A target on a percentage scale is often typed with its percent sign: "95 %", "95%", "95,5 %" are the numbers 95
// and 95.5; any other text around the number is still refused with a sentence and changes nothing.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { readTarget } from "../../../src/features/inspector/numbers";
import { i18n, initI18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

async function open(language: "en" | "de") {
  const map = makeMap("owner", "Ich bezahle", { measurement: { metric: "custom", label: "Quote", target: 90 } });
  await act(() => i18n.changeLanguage(language));
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);
  return map;
}

beforeAll(() => initI18n("en"));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("readTarget", () => {
  it("reads a number with a trailing percent sign, with or without a space, as the number", () => {
    expect(readTarget("95 %", "en")).toEqual({ ok: true, value: 95 });
    expect(readTarget("95%", "en")).toEqual({ ok: true, value: 95 });
    expect(readTarget("95,5 %", "de")).toEqual({ ok: true, value: 95.5 });
    expect(readTarget("95,5\u202F%", "de")).toEqual({ ok: true, value: 95.5 });
    expect(readTarget("-2,5%", "de")).toEqual({ ok: true, value: -2.5 });
    expect(readTarget("4.2", "en")).toEqual({ ok: true, value: 4.2 });
  });

  it("still refuses a sign alone, a sign in front, two signs and words, and reads separators as before", () => {
    for (const text of ["%", "%95", "95 %%", "95 Prozent", "95 % Zufriedenheit", "ca. 95 %"]) {
      expect(readTarget(text, "de")).toEqual({ ok: false, problem: "notNumber" });
    }
    expect(readTarget("1.234,5 %", "de")).toEqual({ ok: false, problem: "separators" });
    expect(readTarget("1.000 %", "de")).toEqual({ ok: false, problem: "ambiguous", decimal: 1, whole: 1000 });
  });
});

describe("a target typed with a percent sign", () => {
  it("is taken as the number in English, with or without the space", async () => {
    const user = userEvent.setup();
    const map = await open("en");
    const target = screen.getByLabelText("Target");
    await user.clear(target);
    await user.type(target, "95 %");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(95);
    expect(target).toHaveValue("95");

    await user.clear(target);
    await user.type(target, "97.5%");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(97.5);
    map.store.destroy();
  });

  it("is taken as the number in German, with a decimal comma", async () => {
    const user = userEvent.setup();
    const map = await open("de");
    const target = screen.getByLabelText("Zielwert");
    await user.clear(target);
    await user.type(target, "95,5 %");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(95.5);
    expect(target).toHaveValue("95,5");
    map.store.destroy();
  });

  it("other text is still refused with the sentence and the map keeps its target", async () => {
    const user = userEvent.setup();
    const map = await open("de");
    const target = screen.getByLabelText("Zielwert");
    await user.clear(target);
    await user.type(target, "95 Prozent");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Der Zielwert muss eine Zahl sein, z. B. 4,2.");
    expect(target).toHaveValue("95 Prozent");
    expect(map.read().cards[0]?.measurement?.target).toBe(90);
    map.store.destroy();
  });
});

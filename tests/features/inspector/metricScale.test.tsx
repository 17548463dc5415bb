// @vitest-environment jsdom
// Changing the metric brings its usual scale while the point holds the old metric's usual one: an NPS asked on
// CSAT's 1-5 scale misleads. A scale someone typed stays as typed; the change is one step Undo takes back.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

async function open(scale: string) {
  const map = makeMap("editor", "Ich hole mein Auto ab", { measurement: { metric: "CSAT", scale, target: 4.5 } });
  await act(() => i18n.changeLanguage("de"));
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  return map;
}

describe("changing the metric", () => {
  it("moves CSAT's usual 1-5 to NPS's 0-10 and to none for a custom metric, in one undoable step", async () => {
    const user = userEvent.setup();
    const map = await open("1-5");
    await user.selectOptions(screen.getByLabelText("Kennzahl"), "NPS");
    expect(map.read().cards[0]?.measurement).toMatchObject({ metric: "NPS", scale: "0-10", target: 4.5 });
    expect(screen.getByLabelText("Skala")).toHaveValue("0-10");

    await user.selectOptions(screen.getByLabelText("Kennzahl"), "custom");
    expect(map.read().cards[0]?.measurement?.scale).toBeUndefined();

    act(() => map.store.getState().actions.undo());
    expect(map.read().cards[0]?.measurement).toMatchObject({ metric: "NPS", scale: "0-10" });
    map.store.destroy();
  });

  it("keeps a scale someone typed", async () => {
    const user = userEvent.setup();
    const map = await open("1–10 (Schulnoten umgekehrt)");
    await user.selectOptions(screen.getByLabelText("Kennzahl"), "CES");
    expect(map.read().cards[0]?.measurement).toMatchObject({ metric: "CES", scale: "1–10 (Schulnoten umgekehrt)" });
    map.store.destroy();
  });
});

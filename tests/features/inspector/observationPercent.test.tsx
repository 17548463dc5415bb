// @vitest-environment jsdom
// An observed value of a share is typed as its target is, with its percent sign ("87 %", "87,5%"): it is the number,
// as for the target; other text around the number is still refused with a sentence and adds nothing.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n, initI18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

beforeAll(() => initI18n("en"));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

async function open() {
  const map = makeMap("editor", "Ich bekomme mein Paket pünktlich", {
    measurement: { metric: "custom", label: "Pünktlich zugestellt", scale: "0-100 %", target: 95 },
  });
  await act(() => i18n.changeLanguage("de"));
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  return map;
}

describe("an observed value typed with a percent sign", () => {
  it("is added as the number, in German with a decimal comma", async () => {
    const user = userEvent.setup();
    const map = await open();
    await user.type(screen.getByLabelText("Wert"), "87,5 %");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.observations).toMatchObject([{ value: 87.5 }]);
    map.store.destroy();
  });

  it("other text is still refused with the sentence", async () => {
    const user = userEvent.setup();
    const map = await open();
    await user.type(screen.getByLabelText("Wert"), "87 Prozent");
    await user.click(screen.getByRole("button", { name: "Wert hinzufügen" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Der Wert muss eine Zahl sein.");
    expect(map.read().cards[0]?.measurement?.observations).toBeUndefined();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Someone deletes a card while I am typing its measurement point's target (a number field) or a new observed value
// (date, value, n): what I typed is kept like any other field's text. The notice shows it to copy, and puts it back
// as a new card whose measurement point carries the target or the observation when it reads as one.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deleteCards } from "../../src/doc/ops";
import { Inspector, KeptTexts } from "../../src/features/inspector";
import { i18n } from "../../src/i18n";
import { makeMap, peerOf, renderWithStore, stubBrowserApis, type TestMap } from "../features/helpers";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

function open(map: TestMap) {
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(
    map.store,
    <>
      <KeptTexts />
      <Inspector />
    </>,
  );
}

const measured = { measurement: { metric: "CSAT", target: 4, observations: [{ date: "2026-11-01", value: 3.5 }] } };

describe("a measurement typed into a card someone deletes meanwhile", () => {
  it("keeps the target being typed, and puts it back with that target", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I compare plans", measured);
    const fromPeer = peerOf(map);
    open(map);
    await user.clear(screen.getByLabelText("Target"));
    await user.keyboard("4.5");

    fromPeer((d) => deleteCards(d, [map.cardId]));
    const notice = await screen.findByTestId("kept-text");
    expect(within(notice).getByLabelText("Your text (Target)")).toHaveValue("4.5");
    await user.click(within(notice).getByRole("button", { name: "Put it back as a new card" }));
    expect(map.read().cards).toMatchObject([
      { title: "I compare plans", measurement: { metric: "CSAT", target: 4.5, observations: [{ value: 3.5 }] } },
    ]);
    map.store.destroy();
  });

  it("keeps a target that is no number to copy, and puts the card back with the target it had", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I compare plans", measured);
    const fromPeer = peerOf(map);
    open(map);
    await user.clear(screen.getByLabelText("Target"));
    await user.keyboard("vier");
    fromPeer((d) => deleteCards(d, [map.cardId]));
    const notice = await screen.findByTestId("kept-text");
    expect(within(notice).getByLabelText("Your text (Target)")).toHaveValue("vier");
    await user.click(within(notice).getByRole("button", { name: "Put it back as a new card" }));
    expect(map.read().cards).toMatchObject([{ measurement: { metric: "CSAT", target: 4 } }]);
    map.store.destroy();
  });

  it("keeps an observed value being added, and puts it back with that value, in German", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich vergleiche Tarife", measured);
    await act(() => i18n.changeLanguage("de"));
    const fromPeer = peerOf(map);
    open(map);
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "2026-12-03");
    await user.type(screen.getByLabelText("Wert"), "4,2");
    await user.type(screen.getByLabelText("Anzahl der Antworten"), "31");

    fromPeer((d) => deleteCards(d, [map.cardId]));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Jemand hat diese Karte gelöscht, während Sie getippt haben.");
    expect(within(notice).getByLabelText("Ihr Text (Gemessene Werte)")).toHaveValue("03.12.2026: 4,2 (n = 31)");
    await user.click(within(notice).getByRole("button", { name: "Als neue Karte wiederherstellen" }));
    expect(map.read().cards[0]?.measurement?.observations).toEqual([
      { date: "2026-11-01", value: 3.5 },
      { date: "2026-12-03", value: 4.2, n: 31 },
    ]);
    map.store.destroy();
  });

  it("keeps nothing from the observation form when no value or n was typed", async () => {
    const map = makeMap("editor", "I compare plans", measured);
    const fromPeer = peerOf(map);
    open(map);
    expect(screen.getByLabelText("Value")).toHaveValue("");
    fromPeer((d) => deleteCards(d, [map.cardId]));
    expect(screen.queryByLabelText("Value")).toBeNull();
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Someone deletes a step of the customer's path while I type its label in the inspector: what I typed is kept in
// the notice, like a card's, stage's or lane's text. It goes back as the same step only while both its cards are
// there; a step that went with one of its cards is offered to copy only.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addCard, connect, deleteCards, disconnect } from "../../../src/doc/ops";
import { Inspector, KeptTexts } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { UNSEEN_GRACE_MS } from "../../../src/store/unseenEdits";
import { makeMap, peerOf, renderWithStore, type TestMap } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

/** The map's card, a second card and a step from the first to the second, selected in the inspector. */
function withStep(map: TestMap) {
  const stage = map.journey.stages[1] ?? map.journey.stages[0]!;
  const lane = map.read().cards[0]!.laneId;
  const next = addCard(map.doc, { stageId: stage.id, laneId: lane, title: "Ich bekomme die Bestätigung" });
  const step = connect(map.doc, map.cardId, next);
  map.store.getState().actions.select({ connections: [step] });
  renderWithStore(
    map.store,
    <>
      <KeptTexts />
      <Inspector />
    </>,
  );
  return { next, step };
}

describe("a label typed for a path someone deletes meanwhile", () => {
  it("is kept in the notice, and puts the step back between the same cards with that label", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bestelle im Shop");
    const { next, step } = withStep(map);
    const fromPeer = peerOf(map);
    await user.type(screen.getByLabelText("Label"), "E-Mail mit Link für 5 €");

    fromPeer((d) => disconnect(d, [step]));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Someone deleted this step of the customer's path while you were typing. What you typed is kept here:",
    );
    expect(within(notice).getByLabelText("Your text (Label)")).toHaveValue("E-Mail mit Link für 5 €");
    await user.click(within(notice).getByRole("button", { name: "Put it back as a new step between the same cards" }));
    expect(map.read().connections).toMatchObject([{ from: map.cardId, to: next, label: "E-Mail mit Link für 5 €" }]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("offers a step that went with one of its cards to copy only, in German", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bestelle im Shop");
    await act(() => i18n.changeLanguage("de"));
    const { next } = withStep(map);
    const fromPeer = peerOf(map);
    await user.type(screen.getByLabelText("Beschriftung"), "Bestätigung „sofort“");

    fromPeer((d) => deleteCards(d, [next]));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Jemand hat diesen Schritt auf dem Weg des Kunden gelöscht, während Sie getippt haben.",
    );
    expect(within(notice).getByLabelText("Ihr Text (Beschriftung)")).toHaveValue("Bestätigung „sofort“");
    expect(within(notice).getByRole("button", { name: "Kopieren" })).toBeInTheDocument();
    expect(within(notice).queryByRole("button", { name: /wiederherstellen/ })).toBeNull();
    expect(map.read().connections).toEqual([]);
    map.store.destroy();
  });

  it("keeps nothing when the typed label was saved, and the deleter had it a while, before the path went", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bestelle im Shop");
    const { step } = withStep(map);
    await user.type(screen.getByLabelText("Label"), "per App{Enter}");
    // The colleague opens the map after the label was saved: their copy has it, and my page hears from them.
    const fromPeer = peerOf(map);
    fromPeer(() => undefined);
    // A label saved just before a deletion that could not have seen it is kept (KeptTextsSaved.test.tsx); this one
    // was in front of them for longer than that.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + UNSEEN_GRACE_MS + 1000);
    fromPeer((d) => disconnect(d, [step]));
    vi.useRealTimers();
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("keeps nothing in a notice when I move on to a card while the path is still there", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bestelle im Shop");
    withStep(map);
    await user.type(screen.getByLabelText("Label"), "per App");
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    expect(screen.getByTestId("card-inspector")).toBeInTheDocument();
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });
});

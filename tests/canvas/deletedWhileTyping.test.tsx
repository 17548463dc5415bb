// @vitest-environment jsdom
// Someone deletes a card while I am typing into it (its title on the canvas, or a field in the inspector): what I
// typed does not vanish with the field. A notice keeps it, names who deleted the card when that is clear, lets me
// copy it, and puts it back as a new card in the same stage and lane (one undoable step). Nothing is kept when
// what the field held was already saved. The first test types its text key by key; the others paste theirs, to the
// same end in a fraction of the time.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReactFlowProvider } from "@xyflow/react";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { Canvas } from "../../src/canvas";
import { deleteCards, deleteStage } from "../../src/doc/ops";
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

/** My awareness, in which a peer called `name` has the card selected. */
function awarenessWithPeer(map: TestMap, name: string): Awareness {
  const mine = new Awareness(map.doc);
  const theirs = new Awareness(new Y.Doc());
  theirs.setLocalState({ user: { name, color: "#1f77b4" }, selection: [map.cardId] });
  applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
  return mine;
}

function renderCanvas(map: TestMap, awareness: Awareness | null = null) {
  renderWithStore(
    map.store,
    <>
      <KeptTexts awareness={awareness} />
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
    </>,
  );
}

describe("text typed into a card someone deletes meanwhile", () => {
  it("is kept from the title on the canvas, and put back as a new card in the same cell that undo takes away", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I report the damage");
    const fromPeer = peerOf(map);
    const before = map.read().cards[0]!;
    renderCanvas(map, awarenessWithPeer(map, "Anna Müller"));
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    await screen.findByLabelText("Title");
    await user.keyboard("Ich melde den Schaden „online“ ß €");

    fromPeer((d) => deleteCards(d, [map.cardId]));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Anna Müller deleted this card while you were typing.");
    expect(within(notice).getByLabelText("Your text (Title)")).toHaveValue("Ich melde den Schaden „online“ ß €");
    expect(map.read().cards).toEqual([]);

    await user.click(within(notice).getByRole("button", { name: "Put it back as a new card" }));
    const [back] = map.read().cards;
    expect(back).toMatchObject({
      title: "Ich melde den Schaden „online“ ß €",
      stageId: before.stageId,
      laneId: before.laneId,
    });
    expect(back?.id).not.toBe(map.cardId);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    expect(map.store.getState().ui.selection.cards).toEqual([back?.id]);

    act(() => map.store.getState().actions.undo());
    expect(map.read().cards).toEqual([]);
    map.store.destroy();
  });

  it("is kept from an inspector field, and copied on request", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I pay online");
    const fromPeer = peerOf(map);
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(
      map.store,
      <>
        <KeptTexts />
        <Inspector />
      </>,
    );
    await user.click(screen.getByLabelText("Description"));
    await user.paste("Ich zahle mit Karte und bekomme eine Quittung");

    fromPeer((d) => deleteCards(d, [map.cardId]));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this card while you were typing.");
    expect(within(notice).getByLabelText("Your text (Description)")).toHaveValue(
      "Ich zahle mit Karte und bekomme eine Quittung",
    );
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    await user.click(within(notice).getByRole("button", { name: "Copy" }));
    expect(writeText).toHaveBeenCalledWith("Ich zahle mit Karte und bekomme eine Quittung");
    expect(notice).toHaveTextContent("Copied.");

    await user.click(within(notice).getByRole("button", { name: "Put it back as a new card" }));
    expect(map.read().cards).toMatchObject([
      { title: "I pay online", description: "Ich zahle mit Karte und bekomme eine Quittung" },
    ]);
    map.store.destroy();
  });

  it("keeps the text to copy when the card's whole stage went, with no new card offered in a stage that is gone", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I report the damage");
    const fromPeer = peerOf(map);
    // Anna only had the card selected; whoever deleted its stage is not known, so nobody is named.
    renderCanvas(map, awarenessWithPeer(map, "Anna"));
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    await screen.findByLabelText("Title");
    await user.paste("Ich melde den Schaden");
    fromPeer((d) => deleteStage(d, map.read().cards[0]!.stageId));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this card while you were typing.");
    expect(within(notice).getByLabelText("Your text (Title)")).toHaveValue("Ich melde den Schaden");
    expect(within(notice).getByRole("button", { name: "Copy" })).toBeVisible();
    expect(within(notice).queryByRole("button", { name: "Put it back as a new card" })).toBeNull();
    await user.click(within(notice).getByRole("button", { name: "Discard what I typed" }));
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("keeps nothing when what the field held was saved already", async () => {
    const map = makeMap("editor", "I report the damage");
    const fromPeer = peerOf(map);
    renderCanvas(map);
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    await screen.findByLabelText("Title");
    fromPeer((d) => deleteCards(d, [map.cardId]));
    expect(screen.queryByLabelText("Title")).toBeNull();
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("is told in German in a German interface", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "I report the damage");
    await act(() => i18n.changeLanguage("de"));
    const fromPeer = peerOf(map);
    renderCanvas(map, awarenessWithPeer(map, "Jörg"));
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    await screen.findByLabelText("Titel");
    await user.paste("Ich melde den Schaden");
    fromPeer((d) => deleteCards(d, [map.cardId]));
    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Jörg hat diese Karte gelöscht, während Sie getippt haben.");
    expect(within(notice).getByLabelText("Ihr Text (Titel)")).toHaveValue("Ich melde den Schaden");
    expect(within(notice).getByRole("button", { name: "Als neue Karte wiederherstellen" })).toBeVisible();
    map.store.destroy();
  });
});

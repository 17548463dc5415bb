// @vitest-environment jsdom
// A colleague changes a field while I type in it: the note under the field names them when their presence shows that
// they alone have the card (or stage, lane, path) in hand, in English and German, else it says someone; the field
// points at the note, so it is read with the field.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { updateCard, updateStage } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { lendAwareness } from "../../../src/features/presence/mapAwareness";
import { i18n } from "../../../src/i18n";
import { makeMap, peerOf, renderWithStore, type TestMap } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

/** My page's presence, lent to the map's views as the canvas lends it, with colleagues holding what they hold. */
function presence(map: TestMap) {
  const mine = new Awareness(map.doc);
  mine.setLocalState({ user: { name: "Me", color: "#1f77b4" } });
  const stopLending = lendAwareness(map.store, mine);
  const colleague = (name: string, state: Record<string, unknown>) => {
    const theirs = new Awareness(new Y.Doc());
    theirs.setLocalState({ user: { name, color: "#2ca02c" }, ...state });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
  };
  return { colleague, stop: () => stopLending() };
}

async function typeIntoOwner(map: TestMap) {
  const user = userEvent.setup();
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  const owner = screen.getByRole("textbox", { name: "Owner inside the company" });
  await user.click(owner);
  await user.keyboard("{End} North");
  return owner;
}

describe("the note of a field a colleague changed while I typed", () => {
  it("names the colleague who has the card selected, and the field is described by the note", async () => {
    const map = makeMap("editor", "I report the damage", { owner: "Claims" });
    const { colleague, stop } = presence(map);
    colleague("Anna", { selection: [map.cardId] });
    colleague("Ben", { selection: ["c_elsewhere"] });
    const owner = await typeIntoOwner(map);
    peerOf(map)((d) => updateCard(d, map.cardId, { owner: "Customer service" }));

    const note =
      'While you were typing, Anna changed this field to "Customer service". Leaving the field saves your text in its place; Escape keeps their change.';
    expect(screen.getByRole("status")).toHaveTextContent(note);
    expect(owner).toHaveAccessibleDescription(note);
    stop();
    map.store.destroy();
  });

  it("names her in German too", async () => {
    const map = makeMap("editor", "Ich melde den Schaden", { owner: "Schadenservice" });
    await act(() => i18n.changeLanguage("de"));
    const { colleague, stop } = presence(map);
    colleague("Jürgen Weiß", { selection: [map.cardId] });
    const user = userEvent.setup();
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    await user.click(screen.getByRole("textbox", { name: "Verantwortlich im Unternehmen" }));
    await user.keyboard("{End} Nord");
    peerOf(map)((d) => updateCard(d, map.cardId, { owner: "Leitung „Kundenservice“" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Während Sie getippt haben, hat Jürgen Weiß dieses Feld geändert in „Leitung ‚Kundenservice‘“.",
    );
    stop();
    map.store.destroy();
  });

  it("says someone when two colleagues have the card in hand, or nobody does", async () => {
    const map = makeMap("editor", "I report the damage", { owner: "Claims" });
    const { colleague, stop } = presence(map);
    colleague("Anna", { selection: [map.cardId] });
    colleague("Ben", { editing: map.cardId });
    await typeIntoOwner(map);
    const fromPeer = peerOf(map);
    fromPeer((d) => updateCard(d, map.cardId, { owner: "Customer service" }));
    expect(screen.getByRole("status")).toHaveTextContent('While you were typing, someone changed this field to "');
    stop();
    map.store.destroy();

    cleanup();
    const alone = makeMap("editor", "I report the damage", { owner: "Claims" });
    await typeIntoOwner(alone);
    peerOf(alone)((d) => updateCard(d, alone.cardId, { owner: "Customer service" }));
    expect(screen.getByRole("status")).toHaveTextContent("someone changed this field");
    alone.store.destroy();
  });

  it("names the one colleague in that very field when two have the card in hand", async () => {
    const map = makeMap("editor", "I report the damage", { owner: "Claims" });
    const { colleague, stop } = presence(map);
    colleague("Anna", { selection: [map.cardId], field: `${map.cardId}:owner` });
    colleague("Ben", { selection: [map.cardId], field: `${map.cardId}:title` });
    await typeIntoOwner(map);
    peerOf(map)((d) => updateCard(d, map.cardId, { owner: "Customer service" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      'While you were typing, Anna changed this field to "Customer service".',
    );
    stop();
    map.store.destroy();
  });

  it("names the colleague who has the stage selected on a stage's field", async () => {
    const map = makeMap("editor");
    const stage = map.journey.stages[0]!;
    const { colleague, stop } = presence(map);
    colleague("Chris", { headers: [stage.id] });
    const user = userEvent.setup();
    act(() => map.store.getState().actions.select({ stages: [stage.id] }));
    renderWithStore(map.store, <Inspector />);
    await user.click(screen.getByRole("textbox", { name: "Name of the stage" }));
    await user.keyboard("{End} and pick");
    peerOf(map)((d) => updateStage(d, stage.id, { name: "Choose" }));
    expect(screen.getByRole("status")).toHaveTextContent('While you were typing, Chris changed this field to "Choose"');
    stop();
    map.store.destroy();
  });
});

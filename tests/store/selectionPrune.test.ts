// A peer deletes what I have selected (or the card whose title I am typing): it leaves my selection too, so I
// never broadcast, draw or act on records that are gone, and an undo that brings them back does not show them
// as selected by me.
import * as Y from "yjs";
import { blankJourney, loadJourney } from "../../src/doc";
import { addCard, deleteCards, deleteStage } from "../../src/doc/ops";
import { createMapStore } from "../../src/store";

function sharedMap() {
  const doc = new Y.Doc();
  const journey = blankJourney("Phone plan", "en");
  loadJourney(doc, journey);
  const stage = journey.stages[0]!.id;
  const lane = journey.lanes[1]!.id;
  const a = addCard(doc, { stageId: stage, laneId: lane, title: "I compare plans" });
  const b = addCard(doc, { stageId: stage, laneId: lane, title: "I call the hotline" });
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const fromPeer = (change: (d: Y.Doc) => void) => {
    change(peer);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), "remote");
  };
  const store = createMapStore({ doc, role: "editor" });
  return { store, journey, a, b, fromPeer };
}

describe("a selection when a peer deletes what it holds", () => {
  it("drops the deleted card and keeps the rest, as the same object when nothing went", () => {
    const { store, a, b, fromPeer } = sharedMap();
    store.getState().actions.select({ cards: [a, b] });
    const before = store.getState().ui.selection;
    fromPeer((d) =>
      addCard(d, {
        stageId: store.getState().journey.stages[1]!.id,
        laneId: store.getState().journey.lanes[0]!.id,
        title: "Elsewhere",
      }),
    );
    expect(store.getState().ui.selection).toBe(before);
    fromPeer((d) => deleteCards(d, [a]));
    expect(store.getState().ui.selection.cards).toEqual([b]);
    store.destroy();
  });

  it("drops a deleted stage and closes the title editor of a deleted card", () => {
    const { store, journey, a, fromPeer } = sharedMap();
    const stage = journey.stages[2]!.id;
    store.getState().actions.select({ stages: [stage] });
    fromPeer((d) => deleteStage(d, stage));
    expect(store.getState().ui.selection.stages).toEqual([]);
    store.getState().actions.editCardTitle(a);
    fromPeer((d) => deleteCards(d, [a]));
    expect(store.getState().ui.editingCardId).toBeNull();
    store.destroy();
  });
});

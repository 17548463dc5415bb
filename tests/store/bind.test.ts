import * as Y from "yjs";
import { addCard, updateCard } from "../../src/doc/ops";
import { blankJourney, loadJourney } from "../../src/doc";
import { createMapStore } from "../../src/store";

function setup() {
  const doc = new Y.Doc();
  const journey = blankJourney("Phone plan", "en");
  loadJourney(doc, journey);
  const store = createMapStore({ doc, role: "owner" });
  return { doc, journey, store };
}

/** A second peer: applies its own edits and sends them to `doc` as remote updates. */
function remotePeer(doc: Y.Doc) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "from-local") Y.applyUpdate(doc, update, "remote");
  });
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(peer, update, "from-local");
  });
  return peer;
}

describe("the map store bound to the document", () => {
  it("keeps the identity of unchanged cards, stages and lanes across an edit of another card", () => {
    const { doc, journey, store } = setup();
    const stage = journey.stages[0]!.id;
    const lane = journey.lanes[1]!.id;
    const a = addCard(doc, { stageId: stage, laneId: lane, title: "Compare plans" });
    const b = addCard(doc, { stageId: stage, laneId: lane, title: "Call the hotline" });
    const before = store.getState().journey;
    const cardA = before.cards.find((c) => c.id === a);
    updateCard(doc, b, { title: "Chat with support" });
    const after = store.getState().journey;
    expect(after).not.toBe(before);
    expect(after.cards.find((c) => c.id === a)).toBe(cardA);
    expect(after.cards.find((c) => c.id === b)?.title).toBe("Chat with support");
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
    expect(after.connections).toBe(before.connections);
    store.destroy();
  });

  it("updates the snapshot when a remote peer changes the map", () => {
    const { doc, journey, store } = setup();
    const peer = remotePeer(doc);
    addCard(peer, { stageId: journey.stages[1]!.id, laneId: journey.lanes[0]!.id, title: "I read the letter" });
    expect(store.getState().journey.cards.map((c) => c.title)).toEqual(["I read the letter"]);
    store.destroy();
  });

  it("undoes my own edit and leaves a remote change alone", () => {
    const { doc, journey, store } = setup();
    const peer = remotePeer(doc);
    const stageId = journey.stages[0]!.id;
    const laneId = journey.lanes[0]!.id;
    store.getState().actions.run((d) => addCard(d, { stageId, laneId, title: "Mine" }));
    addCard(peer, { stageId, laneId, title: "Theirs" });
    expect(store.getState().canUndo).toBe(true);
    store.getState().actions.undo();
    expect(store.getState().journey.cards.map((c) => c.title)).toEqual(["Theirs"]);
    store.getState().actions.redo();
    expect(
      store
        .getState()
        .journey.cards.map((c) => c.title)
        .sort(),
    ).toEqual(["Mine", "Theirs"]);
    store.destroy();
  });

  it("turns a refused op into a sentence and changes nothing", () => {
    const { journey, store } = setup();
    const before = store.getState().journey;
    const id = store
      .getState()
      .actions.run((d) => addCard(d, { stageId: "nope", laneId: journey.lanes[0]!.id, title: "Lost" }));
    expect(id).toBeUndefined();
    expect(store.getState().ui.error).toMatch(/no stage/);
    expect(store.getState().journey).toBe(before);
    store.destroy();
  });

  it("lets a viewer change nothing", () => {
    const doc = new Y.Doc();
    const journey = blankJourney("Read only", "en");
    loadJourney(doc, journey);
    const store = createMapStore({ doc, role: "viewer" });
    store
      .getState()
      .actions.run((d) => addCard(d, { stageId: journey.stages[0]!.id, laneId: journey.lanes[0]!.id, title: "x" }));
    expect(store.getState().journey.cards).toHaveLength(0);
    expect(store.getState().canEdit).toBe(false);
    store.destroy();
  });

  it("focusTarget selects the target and asks the canvas to centre it", () => {
    const { store } = setup();
    store.getState().actions.focusTarget({ kind: "card", id: "cd_1" });
    const first = store.getState().ui.focusRequest;
    expect(store.getState().ui.selection.cards).toEqual(["cd_1"]);
    store.getState().actions.focusTarget({ kind: "card", id: "cd_1" });
    expect(store.getState().ui.focusRequest?.nonce).toBeGreaterThan(first?.nonce ?? 0);
    store.destroy();
  });
  it("undoes each command on its own, however quickly the next one followed", () => {
    const { journey, store } = setup();
    const stageId = journey.stages[0]!.id;
    const laneId = journey.lanes[0]!.id;
    const { run, undo } = store.getState().actions;
    // Three commands within a few milliseconds, well inside Yjs's 500 ms capture time.
    const id = run((d) => addCard(d, { stageId, laneId, title: "I call the hotline" }));
    if (!id) throw new Error("no card");
    run((d) => updateCard(d, id, { title: "I call back" }));
    run((d) => updateCard(d, id, { description: "within the hour" }));
    undo();
    expect(store.getState().journey.cards).toMatchObject([{ title: "I call back" }]);
    expect(store.getState().journey.cards[0]?.description).toBeUndefined();
    undo();
    expect(store.getState().journey.cards).toMatchObject([{ title: "I call the hotline" }]);
    undo();
    expect(store.getState().journey.cards).toEqual([]);
    store.destroy();
  });
});

// What the store wires around the document's own rules: two editors adding a stage, or a lane of one kind, at the
// same moment end with distinct names once their changes meet, and Undo keeps a stage I added once a comment thread
// is on it.
import * as Y from "yjs";
import { createJourneyDoc } from "../../src/doc";
import { loadComments } from "../../src/doc/load";
import { addNumberedLane, addNumberedStage, addStage } from "../../src/doc/ops";
import { createMapStore } from "../../src/store";
import { tinyJourney } from "../fixtures/journeys";

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const nameOf = (n: number) => `Stage ${n}`;

describe("an editor's store next to a colleague's", () => {
  it("gives two stages added at the same moment distinct numbers once their changes meet", async () => {
    const alice = createJourneyDoc(tinyJourney());
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    const stores = [createMapStore({ doc: alice, role: "editor" }), createMapStore({ doc: bob, role: "editor" })];
    const exchange = (): void => {
      Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice, Y.encodeStateVector(bob)), "remote");
      Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob, Y.encodeStateVector(alice)), "remote");
    };
    const before = stores[0]!.getState().journey.stages.length;
    for (const store of stores) store.getState().actions.run((doc) => addNumberedStage(doc, nameOf));
    expect(stores.map((s) => s.getState().journey.stages.at(-1)?.name)).toEqual([
      nameOf(before + 1),
      nameOf(before + 1),
    ]);
    for (let i = 0; i < 3; i++) {
      exchange();
      await settle();
    }
    for (const store of stores) {
      const names = store.getState().journey.stages.map((s) => s.name);
      expect(names.slice(before).sort()).toEqual([nameOf(before + 1), nameOf(before + 2)]);
    }
    for (const store of stores) store.destroy();
  });

  it("gives two lanes of one kind added at the same moment distinct names once their changes meet", async () => {
    const alice = createJourneyDoc(tinyJourney());
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    const stores = [createMapStore({ doc: alice, role: "editor" }), createMapStore({ doc: bob, role: "editor" })];
    for (const store of stores) {
      store.getState().actions.run((doc) => addNumberedLane(doc, { name: "Was mich stört", kind: "painPoints" }));
    }
    for (let i = 0; i < 3; i++) {
      Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice, Y.encodeStateVector(bob)), "remote");
      Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob, Y.encodeStateVector(alice)), "remote");
      await settle();
    }
    for (const store of stores) {
      const names = store.getState().journey.lanes.map((l) => l.name);
      expect(names.slice(3).sort()).toEqual(["Was mich stört", "Was mich stört 2"]);
    }
    for (const store of stores) store.destroy();
  });

  it("keeps a stage I added when Undo is pressed after a comment thread was started on it", async () => {
    const doc = createJourneyDoc(tinyJourney());
    const commentsDoc = new Y.Doc();
    const store = createMapStore({ doc, commentsDoc, role: "editor" });
    const stage = store.getState().actions.run((d) => addStage(d, { name: "Rückruf" }));
    loadComments(commentsDoc, [
      {
        id: "cm_1",
        anchor: { kind: "stage", id: stage! },
        author: "Anna",
        text: "Wer ruft zurück?",
        createdAt: "2026-12-05T09:00:00.000Z",
        resolved: false,
        replies: [],
      },
    ]);
    await settle();
    store.getState().actions.undo();
    await settle();
    expect(store.getState().journey.stages.map((s) => s.id)).toContain(stage);
    expect(store.getState().comments[0]?.anchor).toMatchObject({ kind: "stage", id: stage });
    store.destroy();
  });
});

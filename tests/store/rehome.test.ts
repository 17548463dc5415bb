// An editor's page gives cards a home when a remote change deleted their stage while they were added there.
import * as Y from "yjs";
import { createJourneyDoc } from "../../src/doc";
import { addCard, deleteStage } from "../../src/doc/ops";
import { createMapStore } from "../../src/store";
import { tinyJourney } from "../fixtures/journeys";

/** Alice adds a card to stage st_b while Bob (remote) deletes st_b; then the changes meet in Alice's doc. */
async function concurrentDelete(role: "editor" | "viewer") {
  const alice = createJourneyDoc(tinyJourney());
  const bob = new Y.Doc();
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
  const store = createMapStore({ doc: alice, role });
  const added = addCard(alice, { stageId: "st_b", laneId: "ln_tp", title: "I pay online" });
  deleteStage(bob, "st_b");
  Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob, Y.encodeStateVector(alice)), "remote");
  await new Promise((r) => setTimeout(r, 0));
  return { store, added };
}

describe("cards orphaned by a concurrent stage delete", () => {
  it("show again in the first stage on an editor's page", async () => {
    const { store, added } = await concurrentDelete("editor");
    const card = store.getState().journey.cards.find((c) => c.id === added);
    expect(card).toMatchObject({ stageId: "st_a", laneId: "ln_tp", title: "I pay online" });
    store.destroy();
  });

  it("are left for an editor on a viewer's page, which writes nothing", async () => {
    const { store, added } = await concurrentDelete("viewer");
    expect(store.getState().journey.cards.find((c) => c.id === added)).toBeUndefined();
    store.destroy();
  });
});

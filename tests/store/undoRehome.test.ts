// Undo and redo bring back my own records; when a peer deleted their stage or lane meanwhile, the card still shows.
import * as Y from "yjs";
import { createJourneyDoc } from "../../src/doc";
import { addCard, deleteCards, deleteLane, deleteStage, updateCard } from "../../src/doc/ops";
import { createMapStore } from "../../src/store";
import { tinyJourney } from "../fixtures/journeys";

/** Alice's and Bob's documents of one map, and a way to bring each other's changes across. */
function twoPeers() {
  const alice = createJourneyDoc(tinyJourney());
  const bob = new Y.Doc();
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
  const exchange = (): void => {
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice, Y.encodeStateVector(bob)), "remote");
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob, Y.encodeStateVector(alice)), "remote");
  };
  return { alice, bob, exchange };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe("undo and redo next to a peer's deletes", () => {
  it("shows a card my undo brings back after a peer deleted its stage", async () => {
    const { alice, bob, exchange } = twoPeers();
    const store = createMapStore({ doc: alice, role: "editor" });
    deleteCards(alice, ["cd_e"]);
    exchange();
    deleteStage(bob, "st_b");
    exchange();
    await settle();
    store.getState().actions.undo();
    await settle();
    const card = store.getState().journey.cards.find((c) => c.id === "cd_e");
    expect(card).toMatchObject({ stageId: "st_a", laneId: "ln_tp", title: "I get the policy" });
    exchange();
    await settle();
    expect(Y.encodeStateVector(alice)).toEqual(Y.encodeStateVector(bob));
    expect(bob.getMap("cards").get("cd_e")).toBeInstanceOf(Y.Map);
    store.destroy();
  });

  it("shows a card my redo brings back after a peer deleted its lane", async () => {
    const { alice, bob, exchange } = twoPeers();
    const store = createMapStore({ doc: alice, role: "editor" });
    const added = addCard(alice, { stageId: "st_b", laneId: "ln_do", title: "I compare offers" });
    store.getState().actions.undo();
    exchange();
    deleteLane(bob, "ln_do");
    exchange();
    await settle();
    store.getState().actions.redo();
    await settle();
    const card = store.getState().journey.cards.find((c) => c.id === added);
    expect(card).toMatchObject({ stageId: "st_b", title: "I compare offers" });
    expect(store.getState().journey.lanes.map((l) => l.id)).toContain(card?.laneId);
    store.destroy();
  });

  it("never undoes a peer's edit of my card", async () => {
    const { alice, bob, exchange } = twoPeers();
    const store = createMapStore({ doc: alice, role: "editor" });
    updateCard(alice, "cd_d", { title: "Mine" });
    exchange();
    updateCard(bob, "cd_d", { title: "Bob's" });
    exchange();
    store.getState().actions.undo();
    await settle();
    expect(store.getState().journey.cards.find((c) => c.id === "cd_d")?.title).toBe("Bob's");
    store.destroy();
  });
});

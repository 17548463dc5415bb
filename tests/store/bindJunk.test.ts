// The store's snapshot when another editor's client writes values no op would write: the snapshot is
// rebuilt after every transaction, so reading must neither throw nor show what cannot be shown.
import * as Y from "yjs";
import { blankJourney, loadJourney } from "../../src/doc";
import { addCard } from "../../src/doc/ops";
import { FALLBACK_TITLE } from "../../src/doc/read";
import { parseJourneyValue } from "../../src/format";
import { createMapStore } from "../../src/store";

// A viewer's store: an editor's store also rehomes orphan cards after a remote change (an op, not reading).
function setup() {
  const doc = new Y.Doc();
  const journey = blankJourney("Phone plan", "en");
  loadJourney(doc, journey);
  const store = createMapStore({ doc, role: "viewer" });
  // A stock client of another editor: its updates arrive as remote changes.
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.on("update", (update: Uint8Array) => Y.applyUpdate(doc, update, "remote"));
  return { doc, journey, store, peer };
}

const importable = (journey: unknown) => parseJourneyValue({ format: "outside-in.journey", version: 1, journey }).ok;

describe("the map store when another client writes junk", () => {
  it("shows the fallback title for a title that is not text, and keeps showing the map", () => {
    const { store, peer } = setup();
    peer.getMap("meta").set("title", 42);
    expect(store.getState().journey.title).toBe(FALLBACK_TITLE);
    expect(store.getState().journey.stages).toHaveLength(3);
    peer.getMap("meta").set("title", "Phone plan again");
    expect(store.getState().journey.title).toBe("Phone plan again");
    store.destroy();
  });

  it("leaves out records that are not records, and keeps unchanged cards as they were", () => {
    const { journey, store, peer } = setup();
    const stageId = journey.stages[0]!.id;
    const laneId = journey.lanes[0]!.id;
    const id = addCard(peer, { stageId, laneId, title: "I compare plans" });
    const card = store.getState().journey.cards[0];
    peer.getMap("cards").set("cd_junk", 42);
    peer.getMap("cards").set("evil id <script>", new Y.Map());
    peer.getMap("stages").set("st_junk", "a stage?");
    const state = store.getState().journey;
    expect(state.cards.map((c) => c.id)).toEqual([id]);
    expect(state.cards[0]).toBe(card);
    expect(importable(state)).toBe(true);
    store.destroy();
  });

  it("shows a card with an emotion out of range as neutral in an emotions lane", () => {
    const { journey, store, peer } = setup();
    const feel = journey.lanes.find((l) => l.kind === "emotions")!.id;
    const id = addCard(peer, { stageId: journey.stages[0]!.id, laneId: feel, title: "Relieved", emotion: 2 });
    (peer.getMap("cards").get(id) as Y.Map<unknown>).set("emotion", 99);
    expect(store.getState().journey.cards[0]?.emotion).toBe(0);
    expect(importable(store.getState().journey)).toBe(true);
    store.destroy();
  });
});

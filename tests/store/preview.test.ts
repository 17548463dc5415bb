// The server's snapshot of a map on its way: shown at once, not editable, and replaced by the document's own
// reading once the document has synced (sharing every object, so nothing is drawn again).
import * as Y from "yjs";
import { addCard } from "../../src/doc/ops";
import { blankJourney, createJourneyDoc, readJourney, type Journey } from "../../src/doc";
import { createMapStore, type MapPreview } from "../../src/store";
import { generatedJourney } from "../export/journeys";

/** A preview source as a session gives it: `show` a snapshot, `end` it once the document synced. */
function previewSource(initial: Journey | null = null) {
  let journey = initial;
  const listeners = new Set<() => void>();
  const preview: MapPreview = {
    journey: () => journey,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  const set = (next: Journey | null): void => {
    journey = next;
    for (const cb of listeners) cb();
  };
  return { preview, show: (j: Journey) => set(j), end: () => set(null), listeners };
}

/** The server's map, its reading (what the snapshot holds) and its whole state as one update. */
function serverMap() {
  const server = createJourneyDoc(blankJourney("Kfz-Schaden melden", "de"));
  const { stages, lanes } = readJourney(server);
  addCard(server, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: "Ich melde den Schaden für 500 €" });
  addCard(server, { stageId: stages[1]!.id, laneId: lanes[1]!.id, title: "Ich rufe die Hotline an" });
  // As it travels: JSON text, read back.
  const snapshot = JSON.parse(JSON.stringify(readJourney(server))) as Journey;
  return { server, snapshot, update: Y.encodeStateAsUpdate(server) };
}

describe("a map store with the server's snapshot", () => {
  it("shows the snapshot of a map still on its way, and refuses edits meanwhile without changing anything", () => {
    const { snapshot } = serverMap();
    const doc = new Y.Doc();
    const source = previewSource(snapshot);
    const store = createMapStore({ doc, role: "editor", preview: source.preview });
    expect(store.getState().opening).toBe(true);
    expect(store.getState().journey.cards.map((c) => c.title)).toEqual(snapshot.cards.map((c) => c.title));

    const { stages, lanes } = snapshot;
    store.getState().actions.run((d) => addCard(d, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: "X" }));
    expect(store.getState().ui.errorMessage).toEqual({ code: "opening" });
    expect(store.getState().ui.error).toMatch(/still opening/);
    expect(doc.store.clients.size).toBe(0);
    store.destroy();
  });

  it("replaces it by the document's reading once synced, keeping the very objects when they are the same", () => {
    const { snapshot, update } = serverMap();
    const doc = new Y.Doc();
    const source = previewSource();
    const store = createMapStore({ doc, role: "editor", preview: source.preview });
    expect(store.getState().opening).toBe(false);
    source.show(snapshot);
    const shown = store.getState().journey;
    expect(shown.cards).toHaveLength(2);

    // The document arrives while the snapshot is shown: nothing is read from it until it has synced.
    Y.applyUpdate(doc, update);
    expect(store.getState().journey).toBe(shown);
    source.end();
    expect(store.getState().opening).toBe(false);
    expect(store.getState().journey).toBe(shown);
    expect(store.getState().journey).toEqual(readJourney(doc));

    // Editing works from now on.
    const { stages, lanes } = snapshot;
    store.getState().actions.run((d) => addCard(d, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: "Neu" }));
    expect(store.getState().ui.error).toBeNull();
    expect(store.getState().journey.cards).toHaveLength(3);
    store.destroy();
  });

  it("keeps the snapshot while a local copy older than it loads, until the document has synced", () => {
    const { snapshot, update } = serverMap();
    const doc = new Y.Doc();
    const source = previewSource(snapshot);
    const store = createMapStore({ doc, role: "editor", preview: source.preview });
    const shown = store.getState().journey;
    // A copy with the map's first state only: drawn now, it would take the cards away and bring them back.
    const first = createJourneyDoc(blankJourney("Kfz-Schaden melden", "de"));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    expect(store.getState().journey).toBe(shown);
    expect(store.getState().opening).toBe(true);
    Y.applyUpdate(doc, update);
    source.end();
    expect(store.getState().opening).toBe(false);
    expect(store.getState().journey.cards.map((c) => c.title)).toEqual(readJourney(doc).cards.map((c) => c.title));
    store.destroy();
  });

  it("shows the document's reading where it differs from the snapshot (a change made meanwhile)", () => {
    const { server, snapshot } = serverMap();
    const doc = new Y.Doc();
    const source = previewSource(snapshot);
    const store = createMapStore({ doc, role: "editor", preview: source.preview });
    const { stages, lanes } = snapshot;
    addCard(server, { stageId: stages[2]!.id, laneId: lanes[0]!.id, title: "Ich warte auf Antwort" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    source.end();
    const journey = store.getState().journey;
    expect(journey.cards.map((c) => c.title)).toContain("Ich warte auf Antwort");
    // The cards that stayed the same are the snapshot's objects.
    expect(journey.cards.find((c) => c.title === "Ich rufe die Hotline an")).toBe(
      snapshot.cards.find((c) => c.title === "Ich rufe die Hotline an"),
    );
    store.destroy();
  });

  it("does not show a snapshot over a document that already has the map (a local copy), nor after it ended", () => {
    const { snapshot, update } = serverMap();
    const local = new Y.Doc();
    Y.applyUpdate(local, update);
    const source = previewSource();
    const store = createMapStore({ doc: local, role: "editor", preview: source.preview });
    const before = store.getState().journey;
    source.show({ ...snapshot, cards: [] });
    expect(store.getState().opening).toBe(false);
    expect(store.getState().journey).toBe(before);
    store.destroy();
    expect(source.listeners.size).toBe(0);
  });
});

describe("the checks of a map shown from the server's snapshot", () => {
  it("wait until its document has synced, then follow after the next paint", async () => {
    const server = createJourneyDoc(generatedJourney(250));
    const snapshot = JSON.parse(JSON.stringify(readJourney(server))) as Journey;
    const doc = new Y.Doc();
    const source = previewSource(snapshot);
    const store = createMapStore({ doc, role: "viewer", preview: source.preview });
    const paint = (): Promise<void> => new Promise((r) => setTimeout(r, 20));
    await paint();
    expect(store.getState().journey.cards.length).toBeGreaterThan(250);
    // Drawn, but not checked while the page still has the document to read.
    expect(store.getState().checked.cards).toHaveLength(0);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    source.end();
    expect(store.getState().checked.cards).toHaveLength(0);
    await paint();
    expect(store.getState().checked).toBe(store.getState().journey);
    store.destroy();
  });
});

// Pages for the unseen-edit tests: a store and its watcher on a document, exchanging updates by hand.
import * as Y from "yjs";
import { blankJourney, createJourneyDoc } from "../../src/doc";
import { addCard, connect } from "../../src/doc/ops";
import { createMapStore, type MapStore } from "../../src/store";
import { watchUnseenEdits } from "../../src/store/unseenEdits";

export interface Page {
  doc: Y.Doc;
  store: MapStore;
}

/** An editor's page on `doc`, whose only colleague is `peer`, on the clock `now`. */
export function watchedPage(doc: Y.Doc, peer: number, now: () => number): Page {
  const store = createMapStore({ doc, role: "editor" });
  watchUnseenEdits(doc, {
    journey: () => store.getState().journey,
    keep: (kept) => store.getState().actions.keepIfDeleted(kept),
    peers: () => [peer],
    now,
  });
  return { doc, store };
}

export function deliver(from: Page, to: Page): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), "remote");
}

/** Both ways, as the server relays them. */
export function meet(a: Page, b: Page): void {
  deliver(a, b);
  deliver(b, a);
}

/**
 * A German map with two cards joined by a path in my document, and a copy of it in a colleague's. `prepare` adds to
 * mine before it is copied. Mine has client id 1001 and theirs 2002, so their value wins a field both set at once.
 */
export function twoCardDocs(prepare?: (doc: Y.Doc, cardId: string) => void) {
  const journey = blankJourney("Ölwechsel", "de");
  const mine = createJourneyDoc(journey);
  const stageId = journey.stages[0]!.id;
  const laneId = journey.lanes[0]!.id;
  const cardId = addCard(mine, { stageId, laneId, title: "Ich buche einen Termin" });
  const otherId = addCard(mine, { stageId, laneId, title: "Ich bringe das Auto" });
  const pathId = connect(mine, cardId, otherId, "am selben Tag");
  prepare?.(mine, cardId);
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  mine.clientID = 1001;
  theirs.clientID = 2002;
  return { mine, theirs, stageId, laneId, cardId, otherId, pathId };
}

/** My page on twoCardDocs' map and a colleague's, each seeing the other as present all along, on the clock `now`. */
export function twoWatchedPages(now: () => number, prepare?: (doc: Y.Doc, cardId: string) => void) {
  const { mine, theirs, ...ids } = twoCardDocs(prepare);
  return { me: watchedPage(mine, 2002, now), them: watchedPage(theirs, 1001, now), ...ids };
}

/** Runs an op on a page as its person does. */
export const run = (p: Page, op: (doc: Y.Doc) => unknown) => p.store.getState().actions.run(op);
/** What a page keeps in its notices. */
export const kept = (p: Page) => p.store.getState().ui.keptTexts;

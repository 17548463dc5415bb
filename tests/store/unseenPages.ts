// Pages for the unseen-edit tests: a store and its watcher on a document, exchanging updates by hand.
import * as Y from "yjs";
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

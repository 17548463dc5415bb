// Two pages on one card for the kept-notice tests: mine, rendering the notices, and a colleague's own copy of my map
// (its client id higher than mine, so its value wins a same-moment change), present on my page.
import { act } from "@testing-library/react";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { KeptTexts } from "../../../src/features/inspector";
import { renderWithStore, type TestMap } from "../helpers";

/** My page, its presence and the notices; my writes from now on carry client id 1. */
export function myPage(map: TestMap): Awareness {
  map.doc.clientID = 1;
  const mine = new Awareness(map.doc);
  renderWithStore(map.store, <KeptTexts awareness={mine} />);
  return mine;
}

/** A colleague (client id 2) with their own copy of my map, present on my page. */
export function colleague(map: TestMap, mine: Awareness, name: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(map.doc));
  doc.clientID = 2;
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name, color: "#1f77b4" }, selection: [] });
  act(() => applyAwarenessUpdate(mine, encodeAwarenessUpdate(awareness, [awareness.clientID]), "remote"));
  return {
    doc,
    /** Both ways, as the server relays them. */
    meet: () =>
      act(() => {
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(map.doc, Y.encodeStateVector(doc)), "remote");
        Y.applyUpdate(map.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(map.doc)), "remote");
      }),
  };
}

/** A change made through my page's store, as the inspector makes it. */
export const save = (map: TestMap, op: (d: Y.Doc) => void) => act(() => void map.store.getState().actions.run(op));

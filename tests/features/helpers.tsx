// Helpers for component tests: a map with one touchpoint card, a store over it, i18n in English,
// and the browser APIs React Flow needs that jsdom lacks (ResizeObserver, DOMMatrixReadOnly).
import type { ReactNode } from "react";
import { act, render } from "@testing-library/react";
import * as Y from "yjs";
import { blankJourney, loadJourney, readJourney, type Journey, type Role } from "../../src/doc";
import { addCard } from "../../src/doc/ops";
import { createMapStore, MapStoreProvider, type MapStore } from "../../src/store";
import { initI18n } from "../../src/i18n";

export function stubBrowserApis(): void {
  class ResizeObserverStub {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  class DOMMatrixReadOnlyStub {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([0-9.]+)\)/)?.[1];
      this.m22 = scale !== undefined ? Number(scale) : 1;
    }
  }
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
  globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStub as unknown as typeof DOMMatrixReadOnly;
  // React Flow sizes its viewport from offsetWidth/offsetHeight, which jsdom reports as 0.
  Object.defineProperties(HTMLElement.prototype, {
    offsetWidth: { configurable: true, get: () => 1600 },
    offsetHeight: { configurable: true, get: () => 1000 },
  });
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => new DOMRect(0, 0, 0, 0);
}

export interface TestMap {
  doc: Y.Doc;
  store: MapStore;
  journey: Journey;
  cardId: string;
  read: () => Journey;
}

export function makeMap(role: Role = "owner", title = "I order and pay in the web shop", extra = {}): TestMap {
  initI18n("en");
  const doc = new Y.Doc();
  const journey = blankJourney("Phone plan", "en");
  loadJourney(doc, journey);
  const touchpoints = journey.lanes.find((l) => l.kind === "touchpoints");
  const stage = journey.stages[0];
  if (!touchpoints || !stage) throw new Error("blank journey without touchpoints lane");
  const cardId = addCard(doc, { stageId: stage.id, laneId: touchpoints.id, title, channel: "web", ...extra });
  const store = createMapStore({ doc, role });
  return { doc, store, journey, cardId, read: () => readJourney(doc) };
}

export function renderWithStore(store: MapStore, ui: ReactNode) {
  return render(<MapStoreProvider store={store}>{ui}</MapStoreProvider>);
}

/** A peer's copy of the map: what it changes (a deletion, say) reaches mine as a remote update, inside act. */
export function peerOf(map: TestMap) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(map.doc));
  return (change: (d: Y.Doc) => void) =>
    act(() => {
      change(peer);
      Y.applyUpdate(map.doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(map.doc)), "remote");
    });
}

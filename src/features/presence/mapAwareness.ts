// The presence (awareness) of the map a canvas shows, lent by the canvas to its nodes, which React Flow draws
// without it: a stage or lane header says when I rename it, shows who else does, and its ✕ puts it into my
// presence before it deletes it. One per map store, so two maps on one page (tests) never share it.
import { useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { useMapStoreApi, type MapStore } from "../../store";

interface Lent {
  awareness: Awareness | null;
  listeners: Set<() => void>;
  subscribe: (cb: () => void) => () => void;
}
const lent = new WeakMap<MapStore, Lent>();

function lentTo(store: MapStore): Lent {
  let entry = lent.get(store);
  if (!entry) {
    const listeners = new Set<() => void>();
    entry = {
      awareness: null,
      listeners,
      subscribe: (cb) => {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    };
    lent.set(store, entry);
  }
  return entry;
}

/** Lends the canvas's awareness to the nodes of `store`'s map until the returned function takes it back. */
export function lendAwareness(store: MapStore, awareness: Awareness): () => void {
  const entry = lentTo(store);
  entry.awareness = awareness;
  for (const cb of [...entry.listeners]) cb();
  return () => {
    if (entry.awareness !== awareness) return;
    entry.awareness = null;
    for (const cb of [...entry.listeners]) cb();
  };
}

/** The awareness lent for `store`'s map; null while no canvas shows it. */
export function awarenessOf(store: MapStore): Awareness | null {
  return lent.get(store)?.awareness ?? null;
}

/** The awareness of the map this component is in; null while no canvas lends one. */
export function useMapAwareness(): Awareness | null {
  const store = useMapStoreApi();
  const entry = lentTo(store);
  const read = () => entry.awareness;
  return useSyncExternalStore(entry.subscribe, read, read);
}

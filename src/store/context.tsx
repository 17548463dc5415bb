// React context that hands the open map's store to every view below it.
import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { MapState, MapStore } from "./store";

const MapStoreContext = createContext<MapStore | null>(null);

export function MapStoreProvider({ store, children }: { store: MapStore; children: ReactNode }) {
  return <MapStoreContext.Provider value={store}>{children}</MapStoreContext.Provider>;
}

export function useMapStoreApi(): MapStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error("useMapStore must be used inside <MapStoreProvider>.");
  return store;
}

/** Subscribes to a slice of the map state; wrap the selector in `useShallow` when it builds arrays or objects. */
export function useMapStore<T>(selector: (state: MapState) => T): T {
  return useStore(useMapStoreApi(), selector);
}

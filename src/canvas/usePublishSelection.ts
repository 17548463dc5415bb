// Others see what I have selected, however it was selected (click, box, keys, a panel): the cards for their
// outlines and name tags, the stages and lanes so a colleague whose text I delete with one is told it was me.
import { useEffect } from "react";
import type { Awareness } from "y-protocols/awareness";
import { lendAwareness } from "../features/presence/mapAwareness";
import { useMapStore, useMapStoreApi, type SelectionState } from "../store";
import { setLocalPresence } from "../sync";

/** Puts a selection into my presence. */
export function publishSelection(awareness: Awareness, selection: SelectionState): void {
  setLocalPresence(awareness, { selection: selection.cards, headers: [...selection.stages, ...selection.lanes] });
}

/**
 * Publishes my selection after each render that changed it: after a delete made in the same task has gone out, so
 * that others still see what I held as it went. Also lends the awareness to the canvas's nodes (mapAwareness.ts).
 */
export function usePublishSelection(awareness: Awareness): void {
  const store = useMapStoreApi();
  const cards = useMapStore((s) => s.ui.selection.cards);
  const stages = useMapStore((s) => s.ui.selection.stages);
  const lanes = useMapStore((s) => s.ui.selection.lanes);
  useEffect(() => {
    publishSelection(awareness, { cards, stages, lanes, connections: [] });
  }, [awareness, cards, stages, lanes]);
  useEffect(() => lendAwareness(store, awareness), [store, awareness]);
}

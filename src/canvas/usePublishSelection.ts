// Others see what I have selected, however it was selected (click, box, keys, a panel): the cards for their
// outlines and name tags, the stages and lanes so a colleague whose text I delete with one is told it was me.
import { useEffect } from "react";
import type { Awareness } from "y-protocols/awareness";
import { useMapStore } from "../store";
import { setLocalPresence } from "../sync";

export function usePublishSelection(awareness: Awareness): void {
  const cards = useMapStore((s) => s.ui.selection.cards);
  const stages = useMapStore((s) => s.ui.selection.stages);
  const lanes = useMapStore((s) => s.ui.selection.lanes);
  useEffect(() => {
    setLocalPresence(awareness, { selection: cards, headers: [...stages, ...lanes] });
  }, [awareness, cards, stages, lanes]);
}

// Small hooks over the map store that many views share.
import { useShallow } from "zustand/react/shallow";
import type { Card, Journey } from "../doc";
import { useMapStore } from "./context";
import type { MapActions } from "./store";

export const selectJourney = (s: { journey: Journey }): Journey => s.journey;

export function useJourney(): Journey {
  return useMapStore(selectJourney);
}

export function useActions(): MapActions {
  return useMapStore((s) => s.actions);
}

export function useCard(id: string | null | undefined): Card | undefined {
  return useMapStore((s) => (id ? s.journey.cards.find((c) => c.id === id) : undefined));
}

export function useSelectedCardIds(): string[] {
  return useMapStore(useShallow((s) => s.ui.selection.cards));
}

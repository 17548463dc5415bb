// Selecting on the canvas, however it happened (a click, a box, a tap on a card drawn far away).
import type { MapStore, SelectionState } from "../store";

/** Selects; picking a card marks its cell and shows its details (unless comments or checks are open). */
export function afterSelect(store: MapStore, next: Partial<SelectionState>): void {
  const { actions } = store.getState();
  actions.select(next);
  const cards = next.cards ?? [];
  const last = cards[cards.length - 1];
  const card = last ? store.getState().journey.cards.find((c) => c.id === last) : undefined;
  if (card) actions.setActiveCell({ stageId: card.stageId, laneId: card.laneId });
  if (card && store.getState().ui.panel === "journey") actions.setPanel("inspector");
}

// Selecting on the canvas, however it happened (a click, a box, a tap on a card drawn far away).
import { awarenessOf } from "../features/presence/mapAwareness";
import type { MapStore, SelectionState } from "../store";
import { publishSelection } from "./usePublishSelection";

/**
 * Selects; picking a card marks its cell and shows its details (unless comments or checks are open). One store
 * update: each one runs the selectors of every view that reads the store, hundreds on a big map.
 */
export function afterSelect(store: MapStore, next: Partial<SelectionState>): void {
  const { actions, journey } = store.getState();
  const cards = next.cards ?? [];
  const last = cards[cards.length - 1];
  const card = last ? journey.cards.find((c) => c.id === last) : undefined;
  if (card) actions.select(next, { activeCell: { stageId: card.stageId, laneId: card.laneId } });
  else actions.select(next);
}

/**
 * Selects a stage or lane and puts it into my presence at once, ahead of what the same click does next (delete it):
 * a colleague typing in it is then told it was me. The canvas publishes a selection only after the next render,
 * when such a delete has already gone out.
 */
export function selectHeaderNow(store: MapStore, kind: "stage" | "lane", id: string): void {
  store.getState().actions.select(kind === "stage" ? { stages: [id] } : { lanes: [id] });
  const awareness = awarenessOf(store);
  if (awareness) publishSelection(awareness, store.getState().ui.selection);
}

/**
 * Adds a card to the selection or takes it out, keeping the rest: what a Shift-click does, for a finger's long press
 * (useLongPress.ts).
 */
export function toggleCard(store: MapStore, id: string): void {
  const selection = store.getState().ui.selection;
  const cards = selection.cards.includes(id) ? selection.cards.filter((c) => c !== id) : [...selection.cards, id];
  afterSelect(store, { ...selection, cards });
}

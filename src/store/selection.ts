// The selection model: what is selected on the canvas, by kind.
import type { Journey } from "../doc";

export type TargetKind = "card" | "connection" | "stage" | "lane" | "map";

export interface SelectionState {
  cards: string[];
  connections: string[];
  stages: string[];
  lanes: string[];
}

export const EMPTY_SELECTION: SelectionState = { cards: [], connections: [], stages: [], lanes: [] };

export function selectionOf(kind: TargetKind, id: string | undefined): SelectionState {
  if (kind === "map" || id === undefined) return { ...EMPTY_SELECTION };
  const key = kind === "card" ? "cards" : kind === "connection" ? "connections" : kind === "stage" ? "stages" : "lanes";
  return { ...EMPTY_SELECTION, [key]: [id] };
}

export function isEmptySelection(s: SelectionState): boolean {
  return s.cards.length + s.connections.length + s.stages.length + s.lanes.length === 0;
}

/**
 * The selection without what the journey no longer holds (a peer deleted it): the same object when nothing went,
 * so a selection is never broadcast, drawn or acted on with records that are gone.
 */
export function selectionWithin(selection: SelectionState, journey: Journey): SelectionState {
  if (isEmptySelection(selection)) return selection;
  const kept = (ids: string[], records: readonly { id: string }[]): string[] => {
    if (ids.length === 0) return ids;
    const present = new Set(records.map((r) => r.id));
    return ids.every((id) => present.has(id)) ? ids : ids.filter((id) => present.has(id));
  };
  const next: SelectionState = {
    cards: kept(selection.cards, journey.cards),
    connections: kept(selection.connections, journey.connections),
    stages: kept(selection.stages, journey.stages),
    lanes: kept(selection.lanes, journey.lanes),
  };
  const same = (Object.keys(next) as (keyof SelectionState)[]).every((k) => next[k] === selection[k]);
  return same ? selection : next;
}

/** Whether two selections hold the same records (a selection chosen again is a new object with the same ids). */
export function sameSelection(a: SelectionState, b: SelectionState): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x === y || (x.length === y.length && x.every((id, i) => id === y[i]));
  return (
    same(a.cards, b.cards) && same(a.connections, b.connections) && same(a.stages, b.stages) && same(a.lanes, b.lanes)
  );
}

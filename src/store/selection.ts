// The selection model: what is selected on the canvas, by kind.

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

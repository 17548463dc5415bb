// Alt+arrow keys move a card through the grid, the keyboard's way to drag it: left and right into the same lane of
// the next stage, up and down past the card above or below in its cell and, at the cell's end, into the next lane.
// In the emotion lane up and down raise and lower the emotion (as the drag's height does) until it leaves the lane.
import type { Emotion, Journey } from "../doc";
import type { Direction } from "./keyboard";
import { cellKey, type Grid } from "./layout";

export type CardStep =
  { kind: "move"; stageId: string; laneId: string; index: number } | { kind: "emotion"; emotion: Emotion };

/** Where one press moves the card; null at the map's edge (or for a card not on the map). */
export function cardStep(journey: Journey, grid: Grid, cardId: string, dir: Direction): CardStep | null {
  const card = journey.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const stageIndex = journey.stages.findIndex((s) => s.id === card.stageId);
  const laneIndex = journey.lanes.findIndex((l) => l.id === card.laneId);
  if (stageIndex < 0 || laneIndex < 0) return null;
  const cellOf = (stageId: string, laneId: string) => grid.cells.get(cellKey(stageId, laneId)) ?? [];
  const cell = cellOf(card.stageId, card.laneId);
  const at = Math.max(
    0,
    cell.findIndex((c) => c.id === card.id),
  );

  if (dir === "left" || dir === "right") {
    const stage = journey.stages[stageIndex + (dir === "right" ? 1 : -1)];
    if (!stage) return null;
    const index = Math.min(at, cellOf(stage.id, card.laneId).length);
    return { kind: "move", stageId: stage.id, laneId: card.laneId, index };
  }

  const up = dir === "up";
  if (journey.lanes[laneIndex]?.kind === "emotions") {
    const emotion = card.emotion ?? 0;
    if (up && emotion < 2) return { kind: "emotion", emotion: (emotion + 1) as Emotion };
    if (!up && emotion > -2) return { kind: "emotion", emotion: (emotion - 1) as Emotion };
  } else if (up ? at > 0 : at < cell.length - 1) {
    // The index among the cell's other cards: one place up or down.
    return { kind: "move", stageId: card.stageId, laneId: card.laneId, index: up ? at - 1 : at + 1 };
  }
  const lane = journey.lanes[laneIndex + (up ? -1 : 1)];
  if (!lane) return null;
  // Coming from below it lands at the end of the cell above, from above at the start of the cell below.
  return { kind: "move", stageId: card.stageId, laneId: lane.id, index: up ? cellOf(card.stageId, lane.id).length : 0 };
}

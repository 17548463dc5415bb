// Drag end -> which cell and index each dragged card lands in -> moveCards (and, in the emotion
// lane, the emotion its height means). During a drag nothing here runs: the node moves locally only.
import type * as Y from "yjs";
import { moveCards, updateCard } from "../doc/ops";
import type { Emotion, Journey } from "../doc";
import { cellKey, emotionAt, LANE_HEADER_W, STAGE_W, type Grid } from "./layout";

export interface DraggedCard {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Drop {
  moves: { id: string; stageId: string; laneId: string; index: number }[];
  emotions: { id: string; emotion: Emotion }[];
}

/** The cell under a flow point; points outside the grid snap to the nearest cell. */
export function cellAt(journey: Journey, grid: Grid, x: number, y: number): { stageId: string; laneId: string } | null {
  if (journey.stages.length === 0 || journey.lanes.length === 0) return null;
  const col = Math.max(0, Math.min(journey.stages.length - 1, Math.floor((x - LANE_HEADER_W) / STAGE_W)));
  let laneId = journey.lanes[0]?.id;
  for (const [id, row] of grid.rows) if (y >= row.y) laneId = id;
  const stageId = journey.stages[col]?.id;
  return stageId !== undefined && laneId !== undefined ? { stageId, laneId } : null;
}

const isEmotion = (v: number): v is Emotion => Number.isInteger(v) && v >= -2 && v <= 2;

export function dropOf(journey: Journey, grid: Grid, dragged: readonly DraggedCard[]): Drop {
  const draggedIds = new Set(dragged.map((d) => d.id));
  const byCell = new Map<string, { d: DraggedCard; stageId: string; laneId: string; along: number }[]>();
  const emotions: Drop["emotions"] = [];
  for (const d of dragged) {
    const cx = d.x + d.width / 2;
    const cy = d.y + d.height / 2;
    const cell = cellAt(journey, grid, cx, cy);
    if (!cell) continue;
    const row = grid.rows.get(cell.laneId);
    const horizontal = row?.lane.kind === "emotions";
    if (row && horizontal) {
      const emotion = emotionAt(row.y, row.height, d.y);
      const card = journey.cards.find((c) => c.id === d.id);
      if (isEmotion(emotion) && card?.emotion !== emotion) emotions.push({ id: d.id, emotion });
    }
    const key = cellKey(cell.stageId, cell.laneId);
    const list = byCell.get(key) ?? [];
    list.push({ d, ...cell, along: horizontal ? cx : cy });
    byCell.set(key, list);
  }
  const moves: Drop["moves"] = [];
  for (const [key, list] of byCell) {
    const first = list[0];
    if (!first) continue;
    const horizontal = grid.rows.get(first.laneId)?.lane.kind === "emotions";
    const others = (grid.cells.get(key) ?? []).filter((c) => !draggedIds.has(c.id));
    list.sort((a, b) => a.along - b.along);
    list.forEach((item, offset) => {
      let index = 0;
      for (const other of others) {
        const rect = grid.cardRects.get(other.id);
        if (!rect) continue;
        const centre = horizontal ? rect.x + rect.width / 2 : rect.y + rect.height / 2;
        if (centre < item.along) index += 1;
      }
      moves.push({ id: item.d.id, stageId: item.stageId, laneId: item.laneId, index: index + offset });
    });
  }
  return { moves, emotions };
}

/** Writes a drop with the ops; the moves are one undo step. */
export function applyDrop(doc: Y.Doc, drop: Drop): void {
  if (drop.moves.length) moveCards(doc, drop.moves);
  for (const { id, emotion } of drop.emotions) updateCard(doc, id, { emotion });
}

// The grid geometry of a journey: stage columns, lane rows that grow with their tallest cell, and
// the rectangle of every card. toFlow, drop handling and centring all read the same numbers.
import type { Card, Journey, Lane } from "../doc";

export const LANE_HEADER_W = 190;
export const STAGE_W = 270;
export const STAGE_HEADER_H = 72;
export const PAD = 10;
export const GAP = 8;
export const CARD_H = 92;
export const ADD_H = 30;
export const MIN_ROW_H = 120;
export const EMOTION_ROW_H = 230;
export const EMOTION_CARD_H = 46;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Grid {
  stageX: Map<string, number>;
  rows: Map<string, { y: number; height: number; lane: Lane }>;
  cells: Map<string, Card[]>;
  cardRects: Map<string, Rect>;
  width: number;
  height: number;
}

export const cellKey = (stageId: string, laneId: string): string => `${stageId}\u0000${laneId}`;

/** Vertical position of an emotion value (-2..2) inside an emotion row. */
export function emotionY(rowY: number, rowHeight: number, emotion: number): number {
  const span = rowHeight - 2 * PAD - EMOTION_CARD_H;
  return rowY + PAD + ((2 - emotion) / 4) * span;
}

/** The emotion value (-2..2) nearest to a card's top edge inside an emotion row. */
export function emotionAt(rowY: number, rowHeight: number, top: number): number {
  const span = rowHeight - 2 * PAD - EMOTION_CARD_H;
  const raw = 2 - Math.round(((top - rowY - PAD) / span) * 4);
  return Math.max(-2, Math.min(2, raw));
}

export function stackHeight(n: number): number {
  return n === 0 ? 0 : n * CARD_H + (n - 1) * GAP;
}

export function computeGrid(journey: Journey): Grid {
  const cells = new Map<string, Card[]>();
  for (const card of journey.cards) {
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  const stageX = new Map<string, number>();
  journey.stages.forEach((s, i) => stageX.set(s.id, LANE_HEADER_W + i * STAGE_W));
  const rows = new Map<string, { y: number; height: number; lane: Lane }>();
  const cardRects = new Map<string, Rect>();
  let y = STAGE_HEADER_H;
  for (const lane of journey.lanes) {
    let height: number;
    if (lane.kind === "emotions") height = EMOTION_ROW_H;
    else {
      let tallest = 0;
      for (const stage of journey.stages) {
        tallest = Math.max(tallest, (cells.get(cellKey(stage.id, lane.id)) ?? []).length);
      }
      height = Math.max(MIN_ROW_H, 2 * PAD + stackHeight(tallest) + ADD_H);
    }
    rows.set(lane.id, { y, height, lane });
    for (const stage of journey.stages) {
      const x = stageX.get(stage.id) ?? 0;
      const list = cells.get(cellKey(stage.id, lane.id)) ?? [];
      if (lane.kind === "emotions") {
        const width = (STAGE_W - 2 * PAD - (list.length - 1) * GAP) / Math.max(1, list.length);
        list.forEach((card, i) =>
          cardRects.set(card.id, {
            x: x + PAD + i * (width + GAP),
            y: emotionY(y, height, card.emotion ?? 0),
            width,
            height: EMOTION_CARD_H,
          }),
        );
      } else {
        list.forEach((card, i) =>
          cardRects.set(card.id, {
            x: x + PAD,
            y: y + PAD + i * (CARD_H + GAP),
            width: STAGE_W - 2 * PAD,
            height: CARD_H,
          }),
        );
      }
    }
    y += height;
  }
  return { stageX, rows, cells, cardRects, width: LANE_HEADER_W + journey.stages.length * STAGE_W, height: y };
}

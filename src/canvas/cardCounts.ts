// Cards per stage and per lane, counted once per cards snapshot (shared by every header). A header that
// filtered all cards itself ran that filter for every header on every store change: 24 stages and 8 lanes
// of a 2,000-card map made 64,000 steps per selection click and per frame of a drag.
import type { Card } from "../doc";

export interface CardCounts {
  byStage: Map<string, number>;
  byLane: Map<string, number>;
}

const cache = new WeakMap<readonly Card[], CardCounts>();

export function cardCounts(cards: readonly Card[]): CardCounts {
  let counts = cache.get(cards);
  if (!counts) {
    counts = { byStage: new Map(), byLane: new Map() };
    for (const c of cards) {
      counts.byStage.set(c.stageId, (counts.byStage.get(c.stageId) ?? 0) + 1);
      counts.byLane.set(c.laneId, (counts.byLane.get(c.laneId) ?? 0) + 1);
    }
    cache.set(cards, counts);
  }
  return counts;
}

// Arrow-key movement of the focused card through the grid: up and down through the column
// (across lanes), left and right to the same lane in the next stage; and along a list (headers, paths); and which
// card or header a key was pressed on.
import type { Journey } from "../doc";
import { cellKey, type Grid } from "./layout";

export type Direction = "up" | "down" | "left" | "right";

/** The item after (or before) `fromId` in `list`, staying at the ends; the first one when `fromId` is not in it. */
export function neighbourIn(list: readonly { id: string }[], fromId: string, forward: boolean): string | undefined {
  const at = list.findIndex((x) => x.id === fromId);
  if (at < 0) return list[0]?.id;
  return list[Math.max(0, Math.min(list.length - 1, at + (forward ? 1 : -1)))]?.id;
}

export function neighbourCard(
  journey: Journey,
  grid: Grid,
  fromId: string | undefined,
  dir: Direction,
): string | undefined {
  const from = journey.cards.find((c) => c.id === fromId);
  if (!from) return journey.cards[0]?.id;
  const stageIndex = journey.stages.findIndex((s) => s.id === from.stageId);
  const laneIndex = journey.lanes.findIndex((l) => l.id === from.laneId);
  const cell = grid.cells.get(cellKey(from.stageId, from.laneId)) ?? [];
  const at = cell.findIndex((c) => c.id === from.id);
  if (dir === "up" || dir === "down") {
    const step = dir === "down" ? 1 : -1;
    const inCell = cell[at + step];
    if (inCell) return inCell.id;
    for (let l = laneIndex + step; l >= 0 && l < journey.lanes.length; l += step) {
      const lane = journey.lanes[l];
      const list = lane ? (grid.cells.get(cellKey(from.stageId, lane.id)) ?? []) : [];
      const pick = step > 0 ? list[0] : list[list.length - 1];
      if (pick) return pick.id;
    }
    return from.id;
  }
  const step = dir === "right" ? 1 : -1;
  for (let s = stageIndex + step; s >= 0 && s < journey.stages.length; s += step) {
    const stage = journey.stages[s];
    const list = stage ? (grid.cells.get(cellKey(stage.id, from.laneId)) ?? []) : [];
    const pick = list[Math.min(at, list.length - 1)];
    if (pick) return pick.id;
  }
  return from.id;
}

export interface FocusedTarget {
  kind: "card" | "stage" | "lane";
  /** The card's, stage's or lane's id (a header's node id without its "stage:" or "lane:"). */
  id: string;
  /** The React Flow node: the Tab stop itself. */
  node: HTMLElement;
}

/** The card, stage header or lane header node that holds `target` (the node itself or one of its buttons). */
export function focusedTarget(target: EventTarget | null): FocusedTarget | undefined {
  if (!(target instanceof Element)) return undefined;
  const node = target.closest<HTMLElement>(
    ".react-flow__node-card, .react-flow__node-stageHeader, .react-flow__node-laneHeader",
  );
  const nodeId = node?.dataset["id"];
  if (!node || !nodeId) return undefined;
  if (node.classList.contains("react-flow__node-card")) return { kind: "card", id: nodeId, node };
  const kind = node.classList.contains("react-flow__node-stageHeader") ? "stage" : "lane";
  return { kind, id: nodeId.slice(kind.length + 1), node };
}

// Which stage or lane header I am renaming in place, held by the canvas as well as by the header: the canvas keeps that
// header's name in view (useKeepTypingInView), and a header the map stops drawing while its name is typed (out of
// view: the map draws only what is in view) opens its field again, with what was typed, when it is drawn again.
import { createContext } from "react";
import { LANE_HEADER_W, STAGE_HEADER_H, STAGE_W, type Grid, type Rect } from "./layout";

export interface RenamingHeader {
  /** The node id (`stage:…`, `lane:…`) of the header whose name I type; null for none. */
  nodeId: string | null;
  /** The header `nodeId` opened its name field. */
  start(nodeId: string): void;
  /** The header `nodeId` closed its name field (saved, Escape, left); a field that goes away with its node stays open. */
  end(nodeId: string): void;
}

/** Null outside a canvas: a header then keeps to itself whether it is being renamed. */
export const RenamingHeaderContext = createContext<RenamingHeader | null>(null);

/** Where the header (`stage:…`, `lane:…`) is on the map; undefined for one the map does not hold. */
export function headerRect(grid: Grid, nodeId: string): Rect | undefined {
  if (nodeId.startsWith("stage:")) {
    const x = grid.stageX.get(nodeId.slice("stage:".length));
    return x === undefined ? undefined : { x, y: 0, width: STAGE_W, height: STAGE_HEADER_H };
  }
  if (nodeId.startsWith("lane:")) {
    const row = grid.rows.get(nodeId.slice("lane:".length));
    return row ? { x: 0, y: row.y, width: LANE_HEADER_W, height: row.height } : undefined;
  }
  return undefined;
}

/** The top of a header, where its name is: a lane's header is as tall as its row, its name sits at the top. */
export function headerNameRect(grid: Grid, nodeId: string): Rect | undefined {
  const rect = headerRect(grid, nodeId);
  return rect && { ...rect, height: Math.min(rect.height, STAGE_HEADER_H) };
}

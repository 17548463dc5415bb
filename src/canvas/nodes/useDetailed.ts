// Whether the canvas is zoomed in far enough to read a card: below DETAIL_ZOOM its 12 px text would be
// under 6 px on screen, unreadable and by far the costliest thing to paint, so cards draw a sketch instead.
import { useStore, type ReactFlowState } from "@xyflow/react";

export const DETAIL_ZOOM = 0.45;

const detailed = (s: ReactFlowState): boolean => s.transform[2] >= DETAIL_ZOOM;

/** True when cards show their full content; re-renders only when the zoom crosses DETAIL_ZOOM. */
export function useDetailed(): boolean {
  return useStore(detailed);
}

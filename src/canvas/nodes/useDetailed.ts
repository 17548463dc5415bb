// Whether the canvas is zoomed in far enough to read a card: below DETAIL_ZOOM its 12 px text would be
// under 6 px on screen, unreadable and by far the costliest thing to paint, so cards draw a sketch instead.
// The canvas subscribes to the zoom once and hands the answer down through context: one selector per
// store update instead of one per card, which matters while thousands of cards sit still during a drag.
import { createContext, useContext } from "react";
import { useStore, type ReactFlowState } from "@xyflow/react";

export const DETAIL_ZOOM = 0.45;

const detailed = (s: ReactFlowState): boolean => s.transform[2] >= DETAIL_ZOOM;

/** For the canvas: true while the zoom is at or above DETAIL_ZOOM; re-renders only when it crosses. */
export function useDetailedZoom(): boolean {
  return useStore(detailed);
}

export const DetailContext = createContext(true);

/** For a node: whether to show the full card (true outside a canvas). */
export function useDetailed(): boolean {
  return useContext(DetailContext);
}

// Whether the canvas is zoomed in far enough to read a card: below DETAIL_ZOOM its 12 px text would be
// under 6 px on screen, unreadable and by far the costliest thing to paint, so cards draw a sketch instead.
// The canvas subscribes to the zoom once and hands the answer down through context: one selector per
// store update instead of one per card, which matters while thousands of cards sit still during a drag.
import { createContext, useCallback, useContext } from "react";
import { getViewportForBounds, useStore, type ReactFlowState } from "@xyflow/react";

export const DETAIL_ZOOM = 0.45;

const detailed = (s: ReactFlowState): boolean => s.transform[2] >= DETAIL_ZOOM;

/** For the canvas: true while the zoom is at or above DETAIL_ZOOM; re-renders only when it crosses. */
export function useDetailedZoom(): boolean {
  return useStore(detailed);
}

/**
 * For the canvas: like useDetailedZoom, but while `fitting` (the map has arrived and is not yet fitted into
 * view) by the zoom the fit will choose. Until then the zoom is React Flow's default, 1; going by it, the
 * first render of a big map would hand every card to React Flow only to take most back a frame later.
 */
export function useCanvasDetailed(
  map: { width: number; height: number },
  fit: { padding: number; maxZoom: number },
  minZoom: number,
  fitting: boolean,
): boolean {
  const { width, height } = map;
  const afterFit = useStore(
    useCallback(
      (s: ReactFlowState): boolean | null =>
        fitting && s.width > 0 && s.height > 0 && width > 0 && height > 0
          ? getViewportForBounds({ x: 0, y: 0, width, height }, s.width, s.height, minZoom, fit.maxZoom, fit.padding)
              .zoom >= DETAIL_ZOOM
          : null,
      [fitting, width, height, minZoom, fit.maxZoom, fit.padding],
    ),
  );
  const now = useDetailedZoom();
  return afterFit ?? now;
}

export const DetailContext = createContext(true);

/** For a node: whether to show the full card (true outside a canvas). */
export function useDetailed(): boolean {
  return useContext(DetailContext);
}

// The node whose text I type in place (a card's title, a stage's or lane's name) stays in view. Out of view as I start
// (a card added by a cell's "+" below the view's edge), moved out of it by a colleague (dropped into another cell, a
// lane added above), or left outside when the canvas gets smaller under it (an on-screen keyboard, such as Windows'
// touch keyboard, makes the page smaller), the view goes to it: its field is drawn again and goes on with what I typed
// (InPlaceText keeps it while the node is away), and the letters typed next do not reach the map's shortcuts. Once I
// stop typing into it, what such a field held is given up.
import { useEffect, useRef, type RefObject } from "react";
import { useReactFlow, useStore, type ReactFlowState } from "@xyflow/react";
import type { Rect } from "./layout";
import { forgetOpenDraft } from "./nodes/InPlaceText";
import { viewOf } from "./tabStops";

const sizeOf = (s: ReactFlowState): string => `${s.width}x${s.height}`;

/**
 * Keeps `rect` in view while I type into the field named `draftKey` (InPlaceText's draftKey; null while I type into
 * none). `onItsWay` says, as typing starts, that the view is already going there (a card added by the toolbar or N).
 */
export function useKeepTypingInView(
  draftKey: string | null,
  rect: Rect | undefined,
  container: RefObject<HTMLElement | null>,
  onItsWay?: () => boolean,
): void {
  const { getViewport, setCenter } = useReactFlow();
  const canvasSize = useStore(sizeOf);
  const at = rect ? `${rect.x},${rect.y} ${rect.width}x${rect.height} ${canvasSize}` : null;
  const last = useRef<{ key: string; at: string } | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = draftKey && at ? { key: draftKey, at } : null;
    if (before && before.key !== draftKey) forgetOpenDraft(before.key);
    if (!draftKey || !rect || (before?.key === draftKey && before.at === at)) return;
    if (before?.key !== draftKey && onItsWay?.()) return;
    const { x, y, zoom } = getViewport();
    const box = container.current?.getBoundingClientRect();
    const view = box ? viewOf([x, y, zoom], box.width, box.height) : null;
    const seen =
      view !== null &&
      rect.x >= view.x &&
      rect.y >= view.y &&
      rect.x + rect.width <= view.x + view.width &&
      rect.y + rect.height <= view.y + view.height;
    if (!seen) void setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom });
  }, [draftKey, at, rect, container, onItsWay, getViewport, setCenter]);
}

// Touches that must pan or zoom the map although they land on a card or a path. React Flow pans and pinch-zooms with
// the touches its pane gets, but a draggable card (and a card drawn far away, see farCards.ts) and a path are marked
// `nopan`, and a card drags with its own touch handler, which keeps every touch on it from the pane: a pinch with a
// finger on a card zoomed nothing, and far away, where cards cover most of the map, neither did a finger's pan. Such
// a touch is handed to the pane instead; the moves that follow reach it as they bubble, since no card handler holds
// the touch any more.
import type { TouchEvent as ReactTouchEvent } from "react";

/** Whether a touch is on a node matching `state` (draggable, dragging), whose drag handler may hold it. */
const onNode = (touch: Touch, state: string): boolean =>
  touch.target instanceof Element && !!touch.target.closest(`.react-flow__node.${state}`);

/**
 * Hands this touchstart to the map's pane, as if it had landed there. Fingers already down on a card are taken
 * from the card's drag first (a touchcancel its handler reads as their end), so that the pane has all of them.
 * Called in the capture phase, before the card's own handler: the touch never reaches it.
 */
export function handTouchToPane(event: ReactTouchEvent): void {
  const pane = event.currentTarget.closest(".react-flow")?.querySelector(".react-flow__pane");
  const native = event.nativeEvent;
  // A finger already dragging a card: React Flow gives that drag up as another finger comes (nothing is written). Taken
  // from the drag here, the card would be dropped where the finger was.
  if (!pane || [...native.touches].some((touch) => onNode(touch, "dragging"))) return;
  event.stopPropagation();
  const arriving = new Set([...native.changedTouches].map((t) => t.identifier));
  for (const touch of native.touches) {
    if (arriving.has(touch.identifier) || !onNode(touch, "draggable")) continue;
    touch.target.dispatchEvent(
      new TouchEvent("touchcancel", { bubbles: true, cancelable: true, changedTouches: [touch], touches: [] }),
    );
  }
  pane.dispatchEvent(
    new TouchEvent("touchstart", {
      bubbles: true,
      cancelable: true,
      touches: [...native.touches],
      targetTouches: [...native.targetTouches],
      changedTouches: [...native.changedTouches],
    }),
  );
}

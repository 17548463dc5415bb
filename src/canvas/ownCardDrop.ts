// A connection drag that ends on the card it started from: React Flow ends it without a connection when the drop
// is not near the card's incoming handle, so the canvas finds that card under the pointer itself.
import type { FinalConnectionState } from "@xyflow/react";

/** Where the drag ended on screen: the mouse, or the finger that lifted. */
function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } | null {
  if ("changedTouches" in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return { x: event.clientX, y: event.clientY };
}

/**
 * The id of the card a connection drag started from, when it was dropped back onto that card without making a
 * connection (a drop on the card's own incoming handle reaches onConnect instead); null otherwise. A drop on the
 * handle it started from is a drag given up, not a try.
 */
export function ownCardDrop(event: MouseEvent | TouchEvent, state: FinalConnectionState): string | null {
  const from = state.fromNode;
  if (!from || state.isValid || from.type !== "card") return null;
  const point = pointOf(event);
  const below = point ? document.elementFromPoint(point.x, point.y) : null;
  const node = below?.closest(".react-flow__node");
  if (!node || node.getAttribute("data-id") !== from.id) return null;
  const handle = below?.closest(".react-flow__handle");
  if (handle && handle.classList.contains(state.fromHandle?.type ?? "source")) return null;
  return from.id;
}

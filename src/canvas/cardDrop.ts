// A connection drag that ends on a card rather than on its small incoming dot: React Flow ends it without a
// connection when the drop is not near a handle, so the canvas finds the card under the pointer itself. On another
// card that is the path the person meant; on the card it started from, the try that connect refuses with a sentence.
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
 * The path a connection drag that made none meant: from the card it started at to the card it was dropped on (the
 * other way round when it started at a card's incoming dot); null when it ended off the cards or made a connection
 * already (a drop near a handle reaches onConnect). A drop on the handle it started from is a drag given up.
 */
export function cardDrop(
  event: MouseEvent | TouchEvent,
  state: FinalConnectionState,
): { from: string; to: string } | null {
  const start = state.fromNode;
  if (!start || state.isValid || start.type !== "card") return null;
  const point = pointOf(event);
  const below = point ? document.elementFromPoint(point.x, point.y) : null;
  const card = below?.closest(".react-flow__node-card")?.getAttribute("data-id");
  if (!card) return null;
  const startedAt = state.fromHandle?.type ?? "source";
  if (card === start.id && below?.closest(`.react-flow__handle.${startedAt}`)) return null;
  return startedAt === "target" ? { from: card, to: start.id } : { from: start.id, to: card };
}

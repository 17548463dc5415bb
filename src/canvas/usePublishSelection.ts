// Others see what I have selected, however it was selected (click, box, keys, a panel): the cards for their
// outlines, name tags and my drag of several cards, the paths and the stages and lanes so a colleague whose text I
// delete with one is told it was me.
import { useEffect } from "react";
import type { Awareness } from "y-protocols/awareness";
import { lendAwareness } from "../features/presence/mapAwareness";
import { useMapStore, useMapStoreApi, type SelectionState } from "../store";
import { setLocalPresence, type Dragging, type Point } from "../sync";

/**
 * How many selected ids go into my presence, and how many bytes of JSON they may take together. My whole presence
 * goes out with every cursor move and must stay within the server's 16 KiB an update (past it, it is dropped, and my
 * cursor and drags stop for everyone); a colleague's page reads at most 1,000 ids a list (src/sync/peers.ts). A
 * larger selection goes out cut: colleagues outline, and see dragged live, the cards that went out.
 */
export const MAX_PUBLISHED_IDS = 1000;
export const MAX_PUBLISHED_BYTES = 12 * 1024;

/** The longest leading part of each list, in order, that keeps within the limits together. */
function withinLimits(lists: readonly (readonly string[])[]): string[][] {
  let count = 0;
  let bytes = 0;
  return lists.map((ids) => {
    const kept: string[] = [];
    for (const id of ids) {
      // The id as JSON, with its comma.
      const size = JSON.stringify(id).length + 1;
      if (count + 1 > MAX_PUBLISHED_IDS || bytes + size > MAX_PUBLISHED_BYTES) break;
      count += 1;
      bytes += size;
      kept.push(id);
    }
    return kept;
  });
}

/**
 * Puts a selection into my presence: the cards, then the paths, as `selection` (colleagues' pages move, outline and
 * tag only ids that are cards there), and the stages and lanes as `headers`. Stages and lanes are few and go first;
 * cards before paths, so a drag's cards are not cut for paths.
 */
export function publishSelection(awareness: Awareness, selection: SelectionState): void {
  const [headers = [], cards = [], paths = []] = withinLimits([
    [...selection.stages, ...selection.lanes],
    selection.cards,
    selection.connections,
  ]);
  setLocalPresence(awareness, { selection: [...cards, ...paths], headers });
}

/**
 * The one card of my drag that my presence names, and where it is: the first selected card when it moves, which
 * always goes out with my selection however large (publishSelection), so colleagues move the rest of the selection
 * with it (src/sync/peers.ts); else the first that moved. `moved`: card id -> its place, in the drag's order.
 */
export function draggedToPublish(moved: ReadonlyMap<string, Point>, selectedCards: readonly string[]): Dragging | null {
  const first = selectedCards[0];
  const cardId = first !== undefined && moved.has(first) ? first : moved.keys().next().value;
  const at = cardId === undefined ? undefined : moved.get(cardId);
  return cardId === undefined || !at ? null : { cardId, x: at.x, y: at.y };
}

/**
 * Publishes my selection after each render that changed it: after a delete made in the same task has gone out, so
 * that others still see what I held as it went. Also lends the awareness to the canvas's nodes (mapAwareness.ts).
 */
export function usePublishSelection(awareness: Awareness): void {
  const store = useMapStoreApi();
  const cards = useMapStore((s) => s.ui.selection.cards);
  const connections = useMapStore((s) => s.ui.selection.connections);
  const stages = useMapStore((s) => s.ui.selection.stages);
  const lanes = useMapStore((s) => s.ui.selection.lanes);
  useEffect(() => {
    publishSelection(awareness, { cards, connections, stages, lanes });
  }, [awareness, cards, connections, stages, lanes]);
  useEffect(() => lendAwareness(store, awareness), [store, awareness]);
}

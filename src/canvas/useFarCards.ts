// Which cards are React Flow nodes while the canvas is far away, and what the cards drawn by their cells do
// (see nodes/farCards.ts): the one under the mouse becomes a node, a tap or Enter selects one, and a box drawn
// around cards also takes the drawn ones wholly inside it, which React Flow does not know of.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useStoreApi } from "@xyflow/react";
import { useMapStore, useMapStoreApi } from "../store";
import type { Grid } from "./layout";
import { leftOutStore, type FarCardActions, type LeftOut } from "./nodes/farCards";
import { afterSelect } from "./select";
import type { MapNode, PathEdge } from "./types";

type Rect = { x: number; y: number; width: number; height: number };

/** Whether `inner` lies wholly inside `outer`: what React Flow's box selection asks of a node by default. */
const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** How far a press may move and still be a click: React Flow starts a drag past 1 px (its nodeDragThreshold). */
const CLICK_DISTANCE = 1;

const nodeElement = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/** The same set as before while its members stay the same, so cells re-render only when it really changed. */
function useStableSet(ids: readonly (string | null | undefined)[]): ReadonlySet<string> {
  const last = useRef<ReadonlySet<string>>(new Set());
  const next = new Set(ids.filter((id): id is string => !!id));
  if (next.size !== last.current.size || [...next].some((id) => !last.current.has(id))) last.current = next;
  return last.current;
}

export interface FarCardsInput {
  detailed: boolean;
  grid: Grid;
  /** Cards being dragged here, by someone else, or selected by someone else. */
  dragging: ReadonlyMap<string, unknown>;
  peerDrags: ReadonlyMap<string, unknown>;
  peerColors: ReadonlyMap<string, unknown>;
  /** The card that is the map's Tab stop (tabStops.ts): a node, so that Tab reaches it far away too. */
  tabStop?: string | undefined;
}

export interface FarCards {
  /** Cards that are nodes even far away (cards on a path always are). Empty when near. */
  promoted: ReadonlySet<string>;
  /** The promoted cards whose nodes are drawn: the cells leave these out. The same store for the canvas's life. */
  leftOut: LeftOut;
  actions: FarCardActions;
  onSelectionStart: () => void;
  onSelectionEnd: () => void;
}

export function useFarCards({ detailed, grid, dragging, peerDrags, peerColors, tabStop }: FarCardsInput): FarCards {
  const store = useMapStoreApi();
  const selected = useMapStore((s) => s.ui.selection.cards);
  const editing = useMapStore((s) => s.ui.editingCardId);
  const canEdit = useMapStore((s) => s.canEdit);
  const [hot, setHot] = useState<string | null>(null);
  const promoted = useStableSet(
    detailed ? [] : [...selected, hot, editing, tabStop, ...dragging.keys(), ...peerDrags.keys(), ...peerColors.keys()],
  );
  // Cells leave a promoted card out one render later, once React Flow has drawn its node (React Flow takes
  // new nodes in an effect): never a moment with neither, where a press would fall through to the map.
  const [leftOut] = useState(() => leftOutStore(promoted));
  useEffect(() => leftOut.set(promoted), [leftOut, promoted]);

  const actions = useMemo<FarCardActions>(() => {
    const pick = (id: string, add: boolean) => {
      const selection = store.getState().ui.selection;
      const cards = add
        ? selection.cards.includes(id)
          ? selection.cards.filter((c) => c !== id)
          : [...selection.cards, id]
        : [id];
      afterSelect(store, add ? { ...selection, cards } : { cards });
      // The drawn card is gone now; its node (rendered by then) keeps the keyboard where it was. Unless the keyboard
      // went on meanwhile: Enter pressed at once opens the card's title field, and typing goes there, not to the node.
      const had = document.activeElement;
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now !== null && now !== had && now !== document.body && now.isConnected) return;
        nodeElement(id)?.focus();
      });
    };
    return {
      draggable: canEdit,
      promote: setHot,
      press: (id, event) => {
        if (!canEdit) return;
        // Rendered at once, effects included, so the node has its drag handler before the press goes on: the
        // second flush renders what React Flow's store took from the first (the node itself).
        flushSync(() => setHot(id));
        flushSync(() => {});
        // The drawn card pressed is gone when the button comes up over the node, and the browser then sends no click:
        // neither React Flow nor the drawn card would select. A press released where it went down selects the card
        // as a click does, unless a click did come (to the drawn card, still there), which selected it already.
        let clicked = false;
        const onClick = () => (clicked = true);
        const onUp = (up: MouseEvent) => {
          window.removeEventListener("mouseup", onUp, true);
          const still = Math.hypot(up.clientX - event.clientX, up.clientY - event.clientY) <= CLICK_DISTANCE;
          window.addEventListener("click", onClick, true);
          setTimeout(() => {
            window.removeEventListener("click", onClick, true);
            if (still && !clicked) pick(id, up.shiftKey || up.metaKey || up.ctrlKey);
          });
        };
        // Before the node's drag handler listens: it stops the mouseup from reaching listeners added after its own.
        window.addEventListener("mouseup", onUp, true);
        nodeElement(id)?.dispatchEvent(
          new MouseEvent("mousedown", {
            bubbles: true,
            cancelable: true,
            view: window,
            button: 0,
            buttons: 1,
            clientX: event.clientX,
            clientY: event.clientY,
            screenX: event.screenX,
            screenY: event.screenY,
            shiftKey: event.shiftKey,
            ctrlKey: event.ctrlKey,
            metaKey: event.metaKey,
            altKey: event.altKey,
          }),
        );
      },
      pick,
    };
  }, [store, canEdit]);

  // React Flow clears its selection rectangle before it reports the end, so the last one is kept meanwhile.
  const flowStore = useStoreApi<MapNode, PathEdge>();
  const box = useRef<{ rect: Rect; transform: [number, number, number] } | null>(null);
  useEffect(
    () =>
      flowStore.subscribe((s) => {
        if (s.userSelectionRect) box.current = { rect: s.userSelectionRect, transform: s.transform };
      }),
    [flowStore],
  );
  const onSelectionStart = useCallback(() => {
    box.current = null;
  }, []);
  const onSelectionEnd = useCallback(() => {
    const drawn = box.current;
    box.current = null;
    if (!drawn || detailed) return;
    const [tx, ty, zoom] = drawn.transform;
    const area = {
      x: (drawn.rect.x - tx) / zoom,
      y: (drawn.rect.y - ty) / zoom,
      width: drawn.rect.width / zoom,
      height: drawn.rect.height / zoom,
    };
    const selection = store.getState().ui.selection;
    const taken = new Set(selection.cards);
    const more = [...grid.cardRects].filter(([id, rect]) => !taken.has(id) && inside(rect, area)).map(([id]) => id);
    if (more.length) afterSelect(store, { ...selection, cards: [...selection.cards, ...more] });
  }, [detailed, grid, store]);

  return { promoted, leftOut, actions, onSelectionStart, onSelectionEnd };
}

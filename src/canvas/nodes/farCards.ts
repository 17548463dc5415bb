// Far away (below DETAIL_ZOOM), a card that nobody is working with is not a React Flow node: its cell draws
// it as a plain sketch box (SketchCard). A node costs React Flow a wrapper with its own store subscriptions,
// drag handler and size observer; on a map of 2,000 cards mounting those was most of the time to open it.
// A card is a node again while it is promoted: on a path (paths join nodes), selected, being edited, being
// dragged here or by someone else, or under the mouse, which makes it a node before the button goes down.
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { CardNode } from "../types";

export interface FarCardActions {
  /** Editors may drag cards: a drawn card then keeps a press from panning the map (class nopan). */
  draggable: boolean;
  /** The pointer is over this drawn card: make it a node, so a drag or a click reaches React Flow. */
  promote(id: string): void;
  /**
   * The mouse went down on a drawn card before it became a node (pressed right after arriving): make it one
   * now and hand it the press, so the drag starts as if the node had been there.
   */
  press(id: string, event: MouseEvent): void;
  /**
   * A drawn card was tapped (touch has no hover) or chosen with the keyboard: select it, or add it to the
   * selection. It becomes a node, which then takes the focus.
   */
  pick(id: string, add: boolean): void;
}

/**
 * The promoted cards whose nodes are drawn, which their cells leave out. Each cell subscribes to the ones among its
 * own cards: a card promoted or let go (a click, the mouse passing over) re-renders its cell only, not every cell
 * of the map with all the cards each draws, as one set handed down by context did.
 */
export interface LeftOut {
  get(): ReadonlySet<string>;
  set(ids: ReadonlySet<string>): void;
  subscribe(listener: () => void): () => void;
}

export function leftOutStore(initial: ReadonlySet<string>): LeftOut {
  let ids = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => ids,
    set(next) {
      if (next === ids) return;
      ids = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NONE: ReadonlySet<string> = new Set();

/** Cards that are React Flow nodes even far away; their cells leave them out. Only cells read it. */
export const PromotedContext = createContext<LeftOut>(leftOutStore(NONE));

/** Which of these cards (a cell's) are left out; re-renders only when that changes. */
export function useLeftOutAmong(cards: readonly CardNode[]): ReadonlySet<string> {
  const store = useContext(PromotedContext);
  const mine = useMemo(() => new Set(cards.map((c) => c.id)), [cards]);
  // A string, so that an unchanged answer is the same snapshot; the ids are JSON, whatever characters they hold.
  const key = useSyncExternalStore(store.subscribe, () => {
    const ids = [...store.get()].filter((id) => mine.has(id));
    return ids.length === 0 ? "" : JSON.stringify(ids);
  });
  return useMemo(() => (key === "" ? NONE : new Set(JSON.parse(key) as string[])), [key]);
}

/** Made once per canvas: a drawn card reading it never re-renders because something else was promoted. */
export const FarCardActionsContext = createContext<FarCardActions>({
  draggable: false,
  promote() {},
  press() {},
  pick() {},
});

export const useFarCardActions = (): FarCardActions => useContext(FarCardActionsContext);

// Far away (below DETAIL_ZOOM), a card that nobody is working with is not a React Flow node: its cell draws
// it as a plain sketch box (SketchCard). A node costs React Flow a wrapper with its own store subscriptions,
// drag handler and size observer; on a map of 2,000 cards mounting those was most of the time to open it.
// A card is a node again while it is promoted: on a path (paths join nodes), selected, being edited, being
// dragged here or by someone else, or under the mouse, which makes it a node before the button goes down.
import { createContext, useContext } from "react";

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

const NONE: ReadonlySet<string> = new Set();

/** Cards that are React Flow nodes even far away; their cells leave them out. Only cells read it. */
export const PromotedContext = createContext<ReadonlySet<string>>(NONE);
/** Made once per canvas: a drawn card reading it never re-renders because something else was promoted. */
export const FarCardActionsContext = createContext<FarCardActions>({
  draggable: false,
  promote() {},
  press() {},
  pick() {},
});

export const usePromoted = (): ReadonlySet<string> => useContext(PromotedContext);
export const useFarCardActions = (): FarCardActions => useContext(FarCardActionsContext);

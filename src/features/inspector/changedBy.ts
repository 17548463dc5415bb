// Who changed a field while I was in it: the one colleague whose presence names that very field (they are in it in
// their side panel), else the one who had its card, stage, lane or path in hand (selected, being dragged or its title
// typed on the canvas), so the note under the field and what is said about the change can name them. With two or more
// such people, or none, it names nobody. The journey's fields (title, owner, persona) have no record to hold: only
// the field a colleague is in names them.
import { createContext, useContext } from "react";
import type { Awareness } from "y-protocols/awareness";
import { peersOf, type Peer } from "../../sync";
import { useMapAwareness } from "../presence/mapAwareness";

export type Held = { kind: "card" | "stage" | "lane" | "connection"; id: string } | { kind: "journey" };

function holds(p: Peer, held: Held): boolean {
  switch (held.kind) {
    case "card":
      return !!p.selection?.includes(held.id) || p.editing === held.id || p.dragging?.cardId === held.id;
    case "connection":
      return !!p.selection?.includes(held.id);
    case "stage":
    case "lane":
      return !!p.headers?.includes(held.id) || p.renaming === held.id;
    case "journey":
      return false;
  }
}

/**
 * The name of the one person who is in the field `field` (`recordId:field`), else of the one who holds `held` now;
 * null when nobody or several do, or without presence.
 */
export function holderOf(awareness: Awareness | null, held: Held, field?: string): string | null {
  if (!awareness) return null;
  const peers = peersOf(awareness.getStates(), awareness.clientID);
  const one = (found: Peer[]) => (found.length === 1 ? (found[0]?.name ?? null) : null);
  if (field !== undefined) {
    const inField = peers.filter((p) => p.field === field);
    if (inField.length > 0) return one(inField);
  }
  return one(peers.filter((p) => holds(p, held)));
}

/** Asks who changed a field inside it (named `recordId:field` where known); read when a change arrives, not before. */
export type WhoChanged = (field?: string) => string | null;

const nobody: WhoChanged = () => null;

export const WhoChangedContext = createContext<WhoChanged>(nobody);

/** The question for the fields of `held`, asked of the map's presence as the canvas lends it. */
export function useWhoChanged(held: Held): WhoChanged {
  const awareness = useMapAwareness();
  return (field) => holderOf(awareness, held, field);
}

/** The question the fields around this one share. */
export const useWhoChangedHere = (): WhoChanged => useContext(WhoChangedContext);

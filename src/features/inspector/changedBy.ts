// Who changed a field while I was typing in it: the one colleague whose presence shows they had its card, stage, lane
// or path in hand (selected, being dragged or its title typed on the canvas), so the note under the field can name
// them. Presence does not say which field someone edits; with two or more such people, or none, it names nobody.
import { createContext, useContext } from "react";
import type { Awareness } from "y-protocols/awareness";
import { peersOf } from "../../sync";
import { useMapAwareness } from "../presence/mapAwareness";

export type Held = { kind: "card" | "stage" | "lane" | "connection"; id: string };

/** The name of the one person who holds `held` now; null when nobody or several do, or without presence. */
export function holderOf(awareness: Awareness | null, held: Held): string | null {
  if (!awareness) return null;
  const { id } = held;
  const peers = peersOf(awareness.getStates(), awareness.clientID).filter((p) => {
    switch (held.kind) {
      case "card":
        return p.selection?.includes(id) || p.editing === id || p.dragging?.cardId === id;
      case "connection":
        return p.selection?.includes(id);
      case "stage":
      case "lane":
        return p.headers?.includes(id) || p.renaming === id;
    }
  });
  return peers.length === 1 ? (peers[0]?.name ?? null) : null;
}

/** Asks who changed the fields inside it; read when a change arrives, not before. */
export type WhoChanged = () => string | null;

const nobody: WhoChanged = () => null;

export const WhoChangedContext = createContext<WhoChanged>(nobody);

/** The question for the fields of `held`, asked of the map's presence as the canvas lends it. */
export function useWhoChanged(held: Held): WhoChanged {
  const awareness = useMapAwareness();
  return () => holderOf(awareness, held);
}

/** The question the fields around this one share. */
export const useWhoChangedHere = (): WhoChanged => useContext(WhoChangedContext);

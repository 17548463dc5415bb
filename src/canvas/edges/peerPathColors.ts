// The paths colleagues have selected, in their colours: each is drawn with a band in that colour under it, as a
// card they selected is ringed in it. Handed down by the canvas, so an edge needs no field of its own for it.
import { createContext, useContext } from "react";

const NONE: ReadonlyMap<string, string> = new Map();

/** Connection id -> the colour of the colleague who has it selected (the first, in client id order). */
export const PeerPathColorsContext = createContext<ReadonlyMap<string, string>>(NONE);

/** For a path: the colour of a colleague who has it selected, if any. */
export function usePeerPathColor(id: string): string | undefined {
  return useContext(PeerPathColorsContext).get(id);
}

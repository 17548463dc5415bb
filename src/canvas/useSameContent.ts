// Keeps a derived map the same object while what it holds stays the same. Every cursor move of every peer gives
// a new list of peers; the cards' drag positions and selection colours drawn from it rarely change, and a new map
// object would make the canvas hand React Flow every node again (and redraw the far-away cells) each time.
import { useMemo } from "react";

/** `value` as first seen, for as long as its entries serialise the same. */
export function useSameContent<K, V>(value: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const key = JSON.stringify([...value]);
  // The key is the content: the memo answers the first map of each content.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}

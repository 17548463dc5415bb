// Fractional ranks: a new position between two neighbours without renumbering anything.
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** A rank strictly between `before` and `after` (either may be missing); survives equal neighbours. */
export function rankBetween(before: string | undefined, after: string | undefined): string {
  const a = before || null;
  let b = after || null;
  if (a !== null && b !== null && a >= b) b = null;
  return generateKeyBetween(a, b);
}

export function ranksBetween(before: string | undefined, after: string | undefined, n: number): string[] {
  const a = before || null;
  let b = after || null;
  if (a !== null && b !== null && a >= b) b = null;
  return generateNKeysBetween(a, b, n);
}

/** The rank that places an item at `index` in a list of ranks (that excludes the item itself). */
export function rankAtIndex(ranks: readonly string[], index: number): string {
  const i = Math.max(0, Math.min(index, ranks.length));
  return rankBetween(ranks[i - 1], ranks[i]);
}

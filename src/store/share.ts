// Structural sharing between two journey snapshots: unchanged records keep their identity, so
// memoized views that receive them skip re-rendering.

import type { Journey } from "../doc";

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}

/** The next list, with every item equal to one of the previous list (same id) replaced by that one. */
export function shareList<T extends { id: string }>(prev: readonly T[], next: T[]): T[] {
  const byId = new Map(prev.map((x) => [x.id, x]));
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    const kept = old !== undefined && deepEqual(old, item) ? old : item;
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? (prev as T[]) : out;
}

export function shareJourney(prev: Journey | null, next: Journey): Journey {
  if (!prev) return next;
  const stages = shareList(prev.stages, next.stages);
  const lanes = shareList(prev.lanes, next.lanes);
  const cards = shareList(prev.cards, next.cards);
  const connections = shareList(prev.connections, next.connections);
  const merged: Journey = { ...next, stages, lanes, cards, connections };
  return deepEqual(prev, merged) ? prev : merged;
}

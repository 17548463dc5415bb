// Text a field refused when the inspector moved on to another card, stage, lane or path: kept for this page, so
// that coming back shows it again with its reason, instead of it going away with the field. Kept per map: two maps
// may hold records with the same ids (one imported from the other's file), and one map's draft is not another's.

/** The map whose page is open; drafts are kept and handed back under it. */
let currentMap = "";

/** Names the map whose page opens now: from then on, drafts kept for another map's records stay with that map. */
export function draftsOfMap(mapId: string): void {
  currentMap = mapId;
}

/** A memory of drafts by key (a record's id and its field), each handed back once. */
export function draftMemory<T>() {
  const kept = new Map<string, T>();
  const scoped = (key: string): string => `${currentMap}\u0000${key}`;
  return {
    keep(key: string, draft: T): void {
      // The newest draft of a field goes last, so the oldest is the one dropped past the bound.
      kept.delete(scoped(key));
      kept.set(scoped(key), draft);
      if (kept.size > 200) kept.delete(kept.keys().next().value as string);
    },
    /** The kept draft of the key (read as a field is made, which React may do twice). */
    peek(key: string): T | undefined {
      return kept.get(scoped(key));
    },
    /** Forgets the key's draft, once a field shows it. */
    drop(key: string): void {
      kept.delete(scoped(key));
    },
  };
}

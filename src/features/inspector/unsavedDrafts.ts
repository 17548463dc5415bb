// Text a field refused when the inspector moved on to another card, stage, lane or path: kept for this page, so
// that coming back shows it again with its reason, instead of it going away with the field.

/** A memory of drafts by key (a record's id and its field), each handed back once. */
export function draftMemory<T>() {
  const kept = new Map<string, T>();
  return {
    keep(key: string, draft: T): void {
      // The newest draft of a field goes last, so the oldest is the one dropped past the bound.
      kept.delete(key);
      kept.set(key, draft);
      if (kept.size > 200) kept.delete(kept.keys().next().value as string);
    },
    /** The kept draft of the key (read as a field is made, which React may do twice). */
    peek(key: string): T | undefined {
      return kept.get(key);
    },
    /** Forgets the key's draft, once a field shows it. */
    drop(key: string): void {
      kept.delete(key);
    },
  };
}

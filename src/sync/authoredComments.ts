// The ids of the comments and replies this browser wrote, per map (localStorage), so the page knows
// which ones it may edit and delete. The server decides by the author key; this list only mirrors it.
import { z } from "zod";

export const AUTHORED_STORAGE = "outside-in.authored-comments";
/** Per map; the oldest ids are dropped beyond this, so the list cannot fill the storage. */
export const MAX_AUTHORED_PER_MAP = 5000;

const authoredSchema = z.record(z.string().max(200), z.array(z.string().max(200)));
type Authored = Record<string, string[]>;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

let cached: Authored | null = null;
const snapshots = new Map<string, ReadonlySet<string>>();
const listeners = new Set<() => void>();

function load(): Authored {
  if (cached) return cached;
  const raw = storage()?.getItem(AUTHORED_STORAGE);
  let parsed: Authored = {};
  if (raw) {
    try {
      const result = authoredSchema.safeParse(JSON.parse(raw));
      if (result.success) parsed = result.data;
    } catch {
      // A damaged entry forgets authorship in the page only; the server still knows.
    }
  }
  cached = parsed;
  return parsed;
}

const EMPTY: ReadonlySet<string> = new Set();

/** The ids I wrote on this map; the same Set until the list changes. */
export function authoredIds(mapId: string): ReadonlySet<string> {
  let snapshot = snapshots.get(mapId);
  if (!snapshot) {
    const ids = load()[mapId];
    snapshot = ids && ids.length > 0 ? new Set(ids) : EMPTY;
    snapshots.set(mapId, snapshot);
  }
  return snapshot;
}

export function rememberAuthored(mapId: string, id: string): void {
  const all = load();
  const ids = [...(all[mapId] ?? []).filter((x) => x !== id), id].slice(-MAX_AUTHORED_PER_MAP);
  cached = { ...all, [mapId]: ids };
  snapshots.delete(mapId);
  try {
    storage()?.setItem(AUTHORED_STORAGE, JSON.stringify(cached));
  } catch {
    // A full storage keeps the list for this page only.
  }
  for (const cb of [...listeners]) cb();
}

export function subscribeAuthored(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Forgets the in-memory copy, so tests (and another tab's change) re-read storage. */
export function reloadAuthored(): void {
  cached = null;
  snapshots.clear();
  for (const cb of [...listeners]) cb();
}

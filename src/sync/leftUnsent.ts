// What a page leaving with changes the server has not confirmed writes into localStorage beside its IndexedDB copy:
// a write to IndexedDB started as the page goes (a field saved on pagehide, a change made just before) may be cut
// off with the page, while a localStorage write is done when it returns. The next visit merges it with the copy.
import { fromBase64, toBase64 } from "lib0/buffer";

const keyOf = (mapId: string): string => `outside-in.unsent:${mapId}`;
/**
 * Past this (in base64 characters) nothing is written and the IndexedDB copy stays the only keeper, as before: what a
 * page leaves unsent at the last moment is small (a long offline session was written to the copy long before), and
 * localStorage's few megabytes also hold the person's name, drafts and keys.
 */
const MAX_CHARS = 200_000;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps `update` (what the server may lack, the document past the state vector `base`, which the server had) for the
 * map's next visit in this browser; a full storage keeps nothing. The base tells which map's history it belongs to:
 * the update alone may hold only this page's own writer.
 */
export function keepLeftUnsent(mapId: string, update: Uint8Array, base: Uint8Array): void {
  const store = storage();
  if (!store) return;
  try {
    const text = `${toBase64(update)}.${toBase64(base)}`;
    if (text.length <= MAX_CHARS) store.setItem(keyOf(mapId), text);
  } catch {
    // No room: the IndexedDB copy still has whatever it managed to write.
  }
}

/** What a page left unsent for this map and the state vector it goes beyond, or null (nothing readable). */
export function readLeftUnsent(mapId: string): { update: Uint8Array; base: Uint8Array } | null {
  const text = storage()?.getItem(keyOf(mapId)) ?? null;
  const [update, base] = text?.split(".") ?? [];
  if (!update || base === undefined) return null;
  try {
    return { update: fromBase64(update), base: fromBase64(base) };
  } catch {
    return null;
  }
}

/** Forgets what was left unsent once the document (and so its local copy) holds it. */
export function dropLeftUnsent(mapId: string): void {
  try {
    storage()?.removeItem(keyOf(mapId));
  } catch {
    // Read again on the next visit: merging it twice changes nothing.
  }
}

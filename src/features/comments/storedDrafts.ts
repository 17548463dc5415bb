// A map's comment drafts as they are stored (one localStorage value per map, written by drafts.ts), taken out and
// put back whole: the start page takes them out with a map removed from its list and puts them back with its Undo,
// beside any a page of that map stored since.
import { DRAFTS_STORAGE_PREFIX, MAX_DRAFTS_PER_MAP } from "./drafts";

const draftsKey = (id: string): string => DRAFTS_STORAGE_PREFIX + id;

/** Takes the map's stored comment drafts out of storage, to be kept by its Undo; undefined when it has none. */
export function takeStoredDrafts(id: string): string | undefined {
  try {
    const raw = localStorage.getItem(draftsKey(id));
    if (raw === null) return undefined;
    localStorage.removeItem(draftsKey(id));
    return raw;
  } catch {
    return undefined;
  }
}

type DraftList = { format?: unknown; version?: unknown; drafts: { box?: unknown }[] } & Record<string, unknown>;

function draftList(raw: string | null): DraftList | null {
  try {
    const value: unknown = JSON.parse(raw ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const drafts = (value as Record<string, unknown>)["drafts"];
    return Array.isArray(drafts) ? ({ ...value, drafts } as DraftList) : null;
  } catch {
    return null;
  }
}

/**
 * The kept drafts and those the map's page stored since (in another tab, say) as one value: a box written since
 * keeps its newer text. Undefined when there is nothing to add to what is stored.
 */
export function joinStoredDrafts(kept: string, stored: string | null): string | undefined {
  if (stored === null) return kept;
  const old = draftList(kept);
  const now = draftList(stored);
  if (old === null) return undefined;
  if (now === null) return kept;
  const boxes = new Set(now.drafts.map((d) => JSON.stringify(d.box)));
  const drafts = [...old.drafts.filter((d) => !boxes.has(JSON.stringify(d.box))), ...now.drafts];
  return JSON.stringify({ ...now, drafts: drafts.slice(-MAX_DRAFTS_PER_MAP) });
}

/** Puts kept drafts back beside any stored since; past a full storage, the oldest go first, as the panel does. */
export function putStoredDraftsBack(id: string, kept: string): void {
  let value: string | undefined;
  try {
    value = joinStoredDrafts(kept, localStorage.getItem(draftsKey(id)));
  } catch {
    return;
  }
  for (let list = value === undefined ? null : draftList(value); value !== undefined;) {
    try {
      localStorage.setItem(draftsKey(id), value);
      return;
    } catch {
      if (list === null || list.drafts.length <= 1) return;
      list = { ...list, drafts: list.drafts.slice(1) };
      value = JSON.stringify(list);
    }
  }
}

// The maps this browser knows (localStorage "outside-in.maps"): added when a map is created,
// imported or opened; entries this code cannot read are kept as they are. A map removed from the list takes its
// comment drafts along with its Undo, so they go when the Undo goes and come back with it.
import { z } from "zod";
import { ROLES, type Role } from "../doc";
import { STORED_MAPS_KEY, readStoredMaps, type ShareLinks, type StoredMap } from "../sync";
import { joinStoredDrafts, putStoredDraftsBack, takeStoredDrafts } from "../features/comments/storedDrafts";

export type KnownMap = StoredMap & { lastOpened?: string };

function rawEntries(): unknown[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORED_MAPS_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

const idOf = z.object({ id: z.string() });

/** The roles from the one that may do least to the one that may do most. */
const RANK: readonly Role[] = ["viewer", "commenter", "editor", "owner"];
const roleAndLink = z.object({ role: z.enum(ROLES), link: z.string().min(1) });

export function rememberMap(entry: { id: string; title: string; role: Role; link: string; links?: ShareLinks }): void {
  const entries = rawEntries();
  const at = entries.findIndex((e) => idOf.safeParse(e).data?.id === entry.id);
  const previous = at >= 0 && typeof entries[at] === "object" && entries[at] !== null ? entries[at] : {};
  // An owner who looks at the map through its view link once keeps the owner's link in the list: a weaker link
  // opened later does not replace a stronger one this browser knows (the list may be its only copy).
  const kept = roleAndLink.safeParse(previous).data;
  const stronger = kept !== undefined && RANK.indexOf(kept.role) > RANK.indexOf(entry.role);
  const next = {
    ...previous,
    ...entry,
    ...(stronger ? { role: kept.role, link: kept.link } : {}),
    lastOpened: new Date().toISOString(),
  };
  if (at >= 0) entries[at] = next;
  else entries.push(next);
  try {
    localStorage.setItem(STORED_MAPS_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the map still opens, it is just not listed next time.
  }
}

/** What forgetMap took out of the list, as it was stored, so that restoreMap can put it back where it stood. */
export interface ForgottenMap {
  id: string;
  /** `before`: the id of the entry that followed it, so that it goes back there even when others were removed since. */
  entries: { at: number; entry: unknown; before?: string }[];
  /** The map's comment drafts as they were stored (the comments panel's value), taken out of storage with the entry. */
  drafts?: string;
}

/** One removal of a map that was removed again after it came back into the list: both removals' drafts are kept. */
export function joinForgotten(earlier: ForgottenMap, later: ForgottenMap): ForgottenMap {
  if (earlier.drafts === undefined) return later;
  if (later.drafts === undefined) return { ...later, drafts: earlier.drafts };
  const drafts = joinStoredDrafts(earlier.drafts, later.drafts);
  return { ...later, drafts: drafts ?? later.drafts };
}

/**
 * Removes a map from the list, and takes its comment drafts out of storage; returns what was removed, drafts too
 * (null when nothing could be written, and then the drafts stay).
 */
export function forgetMap(id: string): ForgottenMap | null {
  const all = rawEntries();
  const next = (at: number) =>
    all
      .slice(at + 1)
      .map((e) => idOf.safeParse(e).data?.id)
      .find((other) => other !== undefined && other !== id);
  const entries = all.flatMap((entry, at) => {
    if (idOf.safeParse(entry).data?.id !== id) return [];
    const before = next(at);
    return [before === undefined ? { at, entry } : { at, entry, before }];
  });
  try {
    localStorage.setItem(STORED_MAPS_KEY, JSON.stringify(all.filter((e) => idOf.safeParse(e).data?.id !== id)));
  } catch {
    // Nothing to do: the list stays as it was.
    return null;
  }
  const drafts = takeStoredDrafts(id);
  return drafts === undefined ? { id, entries } : { id, entries, drafts };
}

/**
 * Puts back what forgetMap removed, at its old place, unless the map has come back into the list meanwhile; its
 * comment drafts come back in any case, beside those written since.
 */
export function restoreMap(forgotten: ForgottenMap): void {
  if (forgotten.drafts !== undefined) putStoredDraftsBack(forgotten.id, forgotten.drafts);
  const all = rawEntries();
  const ids = new Set(all.map((e) => idOf.safeParse(e).data?.id));
  for (const { at, entry, before } of forgotten.entries) {
    if (ids.has(idOf.safeParse(entry).data?.id)) continue;
    const follower = before === undefined ? -1 : all.findIndex((e) => idOf.safeParse(e).data?.id === before);
    all.splice(follower >= 0 ? follower : Math.min(at, all.length), 0, entry);
  }
  try {
    localStorage.setItem(STORED_MAPS_KEY, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the map stays out of the list.
  }
}

// Only a time this code wrote: another string would break the date shown in the list.
const lastOpened = z.iso.datetime();

/** Known maps, the most recently opened first. */
export function listKnownMaps(): KnownMap[] {
  const maps: KnownMap[] = readStoredMaps().map(({ lastOpened: raw, ...map }) => {
    const seen = lastOpened.safeParse(raw);
    return seen.success ? { ...map, lastOpened: seen.data } : map;
  });
  return maps.sort((a, b) => (b.lastOpened ?? "").localeCompare(a.lastOpened ?? ""));
}

/** What the server says of a known map now: its title, or that it knows no such map for this link (404). */
export type MapOnServer = { kind: "there"; title: string } | { kind: "gone" };

const mapInfo = z.object({ title: z.string() });

/** The token in a share link's fragment (`#token=…`), or null for a link without one. */
function tokenOfLink(link: string): string | null {
  try {
    const token = new URLSearchParams(new URL(link, window.location.origin).hash.replace(/^#/, "")).get("token");
    return token && token.length <= 500 ? token : null;
  } catch {
    return null;
  }
}

/**
 * Asks the server for a known map's title with the link this browser keeps: a colleague may have renamed it, or it
 * may be gone (deleted, or the link replaced: the server answers both with 404). Null when the server cannot say
 * (offline, another answer), and then the list stays as it is.
 */
export async function lookUpMap(map: KnownMap, signal?: AbortSignal): Promise<MapOnServer | null> {
  const token = tokenOfLink(map.link);
  if (token === null) return null;
  try {
    const response = await fetch(`/api/maps/${encodeURIComponent(map.id)}`, {
      headers: { Authorization: `Bearer ${token}` },
      ...(signal ? { signal } : {}),
    });
    if (response.status === 404) return { kind: "gone" };
    if (!response.ok) return null;
    const info = mapInfo.safeParse(await response.json());
    return info.success ? { kind: "there", title: info.data.title } : null;
  } catch {
    return null;
  }
}

/** Writes the title the server has for a map into its entry; the entry keeps its place and everything else. */
export function renameKnownMap(id: string, title: string): void {
  const entries = rawEntries();
  let changed = false;
  const next = entries.map((entry) => {
    if (idOf.safeParse(entry).data?.id !== id || typeof entry !== "object" || entry === null) return entry;
    if ((entry as { title?: unknown }).title === title) return entry;
    changed = true;
    return { ...entry, title };
  });
  if (!changed) return;
  try {
    localStorage.setItem(STORED_MAPS_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the list shows the title it had.
  }
}

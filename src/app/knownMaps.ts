// The maps this browser knows (localStorage "outside-in.maps"): added when a map is created,
// imported or opened; entries this code cannot read are kept as they are.
import { z } from "zod";
import { ROLES, type Role } from "../doc";
import { STORED_MAPS_KEY, readStoredMaps, type ShareLinks, type StoredMap } from "../sync";

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
  /** `before`: the id of the entry that followed it, so that it goes back there even when others were removed since. */
  entries: { at: number; entry: unknown; before?: string }[];
}

/** Removes a map from the list; returns what was removed (null when nothing could be written). */
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
  return { entries };
}

/** Puts back what forgetMap removed, at its old place, unless the map has come back into the list meanwhile. */
export function restoreMap(forgotten: ForgottenMap): void {
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

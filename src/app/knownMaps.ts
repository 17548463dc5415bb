// The maps this browser knows (localStorage "outside-in.maps"): added when a map is created,
// imported or opened; entries this code cannot read are kept as they are.
import { z } from "zod";
import type { Role } from "../doc";
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

export function rememberMap(entry: { id: string; title: string; role: Role; link: string; links?: ShareLinks }): void {
  const entries = rawEntries();
  const at = entries.findIndex((e) => idOf.safeParse(e).data?.id === entry.id);
  const previous = at >= 0 && typeof entries[at] === "object" && entries[at] !== null ? entries[at] : {};
  const next = { ...previous, ...entry, lastOpened: new Date().toISOString() };
  if (at >= 0) entries[at] = next;
  else entries.push(next);
  try {
    localStorage.setItem(STORED_MAPS_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the map still opens, it is just not listed next time.
  }
}

export function forgetMap(id: string): void {
  const entries = rawEntries().filter((e) => idOf.safeParse(e).data?.id !== id);
  try {
    localStorage.setItem(STORED_MAPS_KEY, JSON.stringify(entries));
  } catch {
    // Nothing to do: the list stays as it was.
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

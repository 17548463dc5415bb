// The maps this browser knows (localStorage "outside-in.maps"): written by the app when a map is
// created or opened, read by the share dialog and by a session that starts without network.
import { z } from "zod";
import { ROLES, type Role } from "../doc";

export const STORED_MAPS_KEY = "outside-in.maps";
export const LINK_ROLES = ["owner", "edit", "comment", "view"] as const;
export type LinkRole = (typeof LINK_ROLES)[number];
export type ShareLinks = Record<LinkRole, string>;

const linksSchema = z.object({
  owner: z.string().max(2000),
  edit: z.string().max(2000),
  comment: z.string().max(2000),
  view: z.string().max(2000),
});

const storedMapSchema = z.looseObject({
  id: z.string().min(1).max(200),
  title: z.string().max(200),
  role: z.enum(ROLES),
  link: z.string().max(2000),
  links: linksSchema.optional(),
});
export type StoredMap = z.infer<typeof storedMapSchema>;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

/** Every well-formed entry; a damaged entry is skipped, never allowed to hide the others. */
export function readStoredMaps(): StoredMap[] {
  const raw = storage()?.getItem(STORED_MAPS_KEY);
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const maps: StoredMap[] = [];
  for (const entry of parsed) {
    const result = storedMapSchema.safeParse(entry);
    if (result.success) maps.push(result.data);
  }
  return maps;
}

export function findStoredMap(id: string): StoredMap | undefined {
  return readStoredMaps().find((m) => m.id === id);
}

/**
 * Records a replaced link. Entries this code cannot read are written back untouched, so a newer
 * app version's data survives.
 */
export function storeReplacedLink(mapId: string, role: LinkRole, link: string): void {
  const store = storage();
  const raw = store?.getItem(STORED_MAPS_KEY);
  if (!store || !raw) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return;
  }
  if (!Array.isArray(parsed)) return;
  const next = parsed.map((entry: unknown) => {
    const result = storedMapSchema.safeParse(entry);
    if (!result.success || result.data.id !== mapId) return entry;
    const map = result.data;
    const links = map.links ? { ...map.links, [role]: link } : undefined;
    const ownLink = roleOfLink(role) === map.role ? link : map.link;
    return { ...map, link: ownLink, ...(links ? { links } : {}) };
  });
  store.setItem(STORED_MAPS_KEY, JSON.stringify(next));
}

/** The document role a share link grants. */
export function roleOfLink(link: LinkRole): Role {
  switch (link) {
    case "owner":
      return "owner";
    case "edit":
      return "editor";
    case "comment":
      return "commenter";
    case "view":
      return "viewer";
  }
}

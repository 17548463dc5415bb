// Asks the server who this token makes us in a map; answers are parsed, never trusted.
import { z } from "zod";
import { ROLES, type Role } from "../doc";
import { LINK_INVALID } from "./status";
import { findStoredMap } from "./storedMaps";

const mapInfoSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(200),
  role: z.enum(ROLES),
});
export interface MapInfo {
  id: string;
  title: string;
  role: Role;
  /** True when the server could not be reached and the answer came from this browser's memory. */
  fromCache: boolean;
}

export async function fetchMapInfo(baseUrl: string, mapId: string, token: string): Promise<MapInfo> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/maps/${encodeURIComponent(mapId)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    // No network: an editor who opened this map here before keeps working offline.
    const stored = findStoredMap(mapId);
    if (stored && (stored.role === "owner" || stored.role === "editor")) {
      return { id: stored.id, title: stored.title, role: stored.role, fromCache: true };
    }
    throw new Error("The server cannot be reached. Check your network connection and reload the page.");
  }
  if (response.status === 404 || response.status === 401 || response.status === 403) {
    throw new Error(LINK_INVALID);
  }
  if (!response.ok) {
    throw new Error(`The server could not open this map (HTTP ${response.status}). Try again in a moment.`);
  }
  const parsed = mapInfoSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success || parsed.data.id !== mapId) {
    throw new Error("The server sent an answer this app does not understand. Reload the page to try again.");
  }
  return { ...parsed.data, fromCache: false };
}

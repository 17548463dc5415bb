// The map session of the address the page was opened with, started before React renders anything: the map's
// details and its document are then on their way while the script sets up the page, which for a big map is
// a good part of the time to its first full view.
import { openMapSession, type MapSession } from "../sync/session";

let early: { mapId: string; token: string; session: Promise<MapSession> } | null = null;

export function openEarly(mapId: string, token: string): void {
  const session = openMapSession({ mapId, token });
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  session.catch(() => {});
  early = { mapId, token, session };
}

/** The session opened early for this map and token (once), or a new one. */
export function takeSession(mapId: string, token: string): Promise<MapSession> {
  if (early && early.mapId === mapId && early.token === token) {
    const { session } = early;
    early = null;
    return session;
  }
  return openMapSession({ mapId, token });
}

// Connection status of a map session, derived from provider events and the browser's network flag,
// and the sentences shown when the server ends access for good.

export const CONNECTION_STATUSES = ["connecting", "online", "reconnecting", "offline"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export type ProviderStatus = "connecting" | "connected" | "disconnected";

export interface StatusInputs {
  provider: ProviderStatus;
  synced: boolean;
  /** Whether this session has been online at least once; a drop after that is a reconnect. */
  wasOnline: boolean;
  networkOnline: boolean;
  /** The server could not be reached when the page opened the map; it works from its local copy until then. */
  serverUnreachable: boolean;
  accessLost: boolean;
  /**
   * Connected again with changes the server has not confirmed yet (made offline, or on their way when the connection
   * dropped): the page says it is still catching up, not that its changes are shared, until the server has them.
   */
  catchingUp?: boolean;
}

/** One place decides what the indicator says, so the rules stay testable without sockets. */
export function deriveStatus(s: StatusInputs): ConnectionStatus {
  if (s.accessLost || !s.networkOnline) return "offline";
  if (s.provider === "connected" && s.synced && !s.catchingUp) return "online";
  if (s.wasOnline) return "reconnecting";
  return s.serverUnreachable ? "offline" : "connecting";
}

export const LINK_INVALID = "This link is not valid (any more). Ask the map's owner for a new link.";
export const LINK_REPLACED = "The owner replaced this link; ask for the new one.";

/** The server refused a change as too large (4413). */
export const TOO_LARGE =
  "Your last change was too large for the server and was not saved. Reloading the page will not send it: the server would refuse it again.";

/** Added to the sentence of an access loss when this page has changes it could not send (editors only). */
export const UNSENT_KEPT =
  "Changes this page could not send are kept in this browser: open the map here with a new edit link to send them.";

/**
 * Added instead when the server has no such map (4404): no link will open it again, but the page still shows the
 * map with those changes, and a JSON export of it imports as a new map.
 */
export const UNSENT_EXPORT =
  "Changes this page could not send are still on this page: export the map as JSON and import it on the start page to keep them.";

/**
 * Added instead when the server refused a change as too large (4413): the local copy would send it again on every
 * visit and be refused each time, so no link helps; a JSON export of the page's map holds all of it.
 */
export const UNSENT_REFUSED =
  "Nothing you made is lost: this page and this browser keep it, but the server would refuse it again on every visit. Export the map as JSON and import it on the start page to keep all of it.";

/** The sentence added to an access loss with the given close code when this page has changes it could not send. */
export function unsentSentence(code: number | undefined): string {
  if (code === 4404) return UNSENT_EXPORT;
  return code === 4413 ? UNSENT_REFUSED : UNSENT_KEPT;
}

/** The sentence for a close code the client must not retry, or null when retrying may help. */
export function accessLostMessage(code: number, wasOnline: boolean): string | null {
  switch (code) {
    case 4401:
      return wasOnline ? LINK_REPLACED : LINK_INVALID;
    case 4403:
      return "This link may not change the map. Reload the page to see the map as it is.";
    case 4404:
      return "This map does not exist (any more). Ask the map's owner for a new link.";
    case 4413:
      // Changes go out in pieces under the server's limit (sendInPieces.ts): what is refused still, a single
      // change past it or a map at its size limit, would be refused again after a reload.
      return TOO_LARGE;
    default:
      return code >= 4400 && code < 4500
        ? `The server ended the connection (code ${code}). Reload the page to try again.`
        : null;
  }
}

// Whether the reason a page lost its access is that its link no longer opens the map (replaced, not valid, or the
// map gone), as against a refusal the link survives (a change too large, a server error), where a reload helps.
import { LINK_INVALID, LINK_REPLACED, accessLostMessage } from "../sync";

const ENDED = [LINK_INVALID, LINK_REPLACED, accessLostMessage(4404, false) ?? LINK_INVALID];

/** True for a session's access-lost sentence (an editor's may go on about its unsent changes) that ends the link. */
export function linkEnded(message: string | null): boolean {
  return message !== null && ENDED.some((sentence) => message === sentence || message.startsWith(`${sentence} `));
}

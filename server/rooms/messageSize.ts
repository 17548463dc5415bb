// Messages too large for the collaboration endpoint close with the contract's 4413, also those ws refuses by
// itself. ws stops reading a message as soon as a frame header takes it past `maxPayload` (LIMITS.wsMaxPayload),
// so nothing that large is ever buffered, but it then closes with 1009. Its receiver reports that refusal with
// an 'error' event whose listener in ws (receiverOnError) starts the close with 1009; a listener put before it
// starts the close with 4413 first, and ws's own close then finds the handshake under way and only finishes it.
import { EventEmitter } from "node:events";
import type { WebSocket } from "ws";
import { CLOSE, LIMITS } from "./limits";

/** The code ws gives a message (or declared frame length) past `maxPayload`. */
export const WS_TOO_LARGE = "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH";

export const TOO_LARGE_REASON = `This message is too large: the server reads at most ${
  LIMITS.maxMessageBytes / 1024 / 1024
} MiB at once.`;

export const isTooLargeError = (error: unknown): boolean =>
  error instanceof Error && (error as Error & { code?: unknown }).code === WS_TOO_LARGE;

/**
 * Makes ws close a socket with 4413 when a message is too large. Relies on ws's private `_receiver` field (ws 8);
 * returns false when it is not there, so the caller can say so (tests/server/messageSize.test.ts fails then).
 */
export function closeTooLargeWith4413(ws: WebSocket): boolean {
  const receiver = (ws as unknown as { _receiver?: unknown })._receiver;
  if (!(receiver instanceof EventEmitter)) return false;
  receiver.prependListener("error", (error: unknown) => {
    if (isTooLargeError(error) && ws.readyState === ws.OPEN) ws.close(CLOSE.tooLarge, TOO_LARGE_REASON);
  });
  return true;
}

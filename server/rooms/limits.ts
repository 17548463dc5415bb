// The limits the collaboration endpoint enforces; tests may lower the idle time and the holder probe's wait.
import { MAX_MESSAGE_BYTES } from "../../src/doc/messageLimit";

export const LIMITS = {
  /** Largest websocket message accepted; larger closes the connection with 4413. Clients send pieces below it. */
  maxMessageBytes: MAX_MESSAGE_BYTES,
  /**
   * ws stops reading a message once its frames declare more than this, before buffering it; the server then
   * closes with 4413 too (rooms/messageSize.ts). Between the two limits our own check closes after reading it.
   */
  wsMaxPayload: 4 * 1024 * 1024,
  /** Largest stored document (sum of its log); an update past it is refused. */
  maxDocBytes: 20 * 1024 * 1024,
  maxAwarenessBytes: 16 * 1024,
  awarenessPerSecond: 30,
  /** A client that reads slower than this much buffered output is cut off instead of eating memory. */
  maxBufferedBytes: 16 * 1024 * 1024,
  /** Log rows after which a document's updates are merged into one. */
  compactAfterRows: 500,
  /**
   * A map whose whole document is at least this large is also sent as a snapshot to a page that asks
   * (src/doc/snapshotMessage.ts): decoding it would take the page longer than drawing the snapshot. A smaller one
   * opens fast either way, without a moment in which it is drawn but not yet editable. About 160 cards.
   */
  snapshotFromBytes: 64 * 1024,
  /** A connection the server closed is cut this long after, if the client has not answered the close by then. */
  closeHandshakeMs: 500,
} as const;

/**
 * When a new connection speaks for a client id an older one holds (the same page back from a lost network), the
 * older one is pinged and cut if it has not answered within `ms`: its socket is most likely dead. Tests may shorten it.
 */
export const holderProbe = { ms: 2000 };

export const CLOSE = {
  goingAway: 1001,
  badFrame: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownMap: 4404,
  tooLarge: 4413,
  slowConsumer: 4408,
} as const;

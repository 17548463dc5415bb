// The limits the collaboration endpoint enforces; tests may lower the idle time.
export const LIMITS = {
  /** Largest websocket message accepted; larger closes the connection with 4413. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** ws refuses frames above this by itself (with 1009), so our own check above runs first. */
  wsMaxPayload: 4 * 1024 * 1024,
  /** Largest stored document (sum of its log); an update past it is refused. */
  maxDocBytes: 20 * 1024 * 1024,
  maxAwarenessBytes: 16 * 1024,
  awarenessPerSecond: 30,
  /** A client that reads slower than this much buffered output is cut off instead of eating memory. */
  maxBufferedBytes: 16 * 1024 * 1024,
  /** Log rows after which a document's updates are merged into one. */
  compactAfterRows: 500,
  /** A connection the server closed is cut this long after, if the client has not answered the close by then. */
  closeHandshakeMs: 500,
} as const;

export const CLOSE = {
  goingAway: 1001,
  badFrame: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownMap: 4404,
  tooLarge: 4413,
  slowConsumer: 4408,
} as const;

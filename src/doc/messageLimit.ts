// The size of one collaboration message: the server refuses larger ones, and the client sends its changes in
// pieces below it. One constant for both, so the two cannot drift apart.

/** Largest websocket message the collaboration server reads; a larger one closes the connection with 4413. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/**
 * Largest update the client puts into one message: the server's limit less room for the message's framing (the
 * message and sync types and the update's length, a few bytes) and some to spare.
 */
export const MAX_UPDATE_BYTES = MAX_MESSAGE_BYTES - 1024;

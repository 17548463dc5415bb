// Tells when the server provably stored every change this page sent it. The provider's `sync` comes with the
// server's answer to the page's first sync step 1, which the server may send before it has read the page's own
// answer to its step 1 (a long offline session, maybe in pieces): so after that answer, or after a change sent
// while not synced, the page sends a sync step 1 of its own. The server reads a connection's messages in order
// and stores each change before it reads the next (server/rooms/connection.ts), so its sync step 2 to that later
// step 1 comes only once everything sent before it is stored.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type * as Y from "yjs";
import { messageYjsSyncStep1, messageYjsSyncStep2, writeSyncStep1 } from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";

/** Whether a transaction added or deleted anything in the document. */
export function changedDocument(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

/**
 * A page that asked for the whole map at once (`full=1`) gets it as one more sync step 2, the first of its
 * connection, which answers none of its sync step 1 messages.
 */
function askedForAll(ws: WebSocket | null): boolean {
  try {
    return ws !== null && new URL(ws.url).searchParams.get("full") === "1";
  } catch {
    return false;
  }
}

export interface Receipt {
  /**
   * Asks the server to confirm what this page has sent so far, once the page's messages of this moment are out
   * (a change's update is sent after the transaction's listeners ran). Nothing happens without a connection:
   * the next connection confirms everything anyway.
   */
  request(): void;
}

/**
 * Makes the provider send a sync step 1 after each answer to the server's sync step 1, and on request; calls
 * `onAllStored` when the server's answer to it arrives and no local change was made since it went out (after
 * one, it asks again).
 */
export function confirmReceipt(provider: WebsocketProvider, onAllStored: () => void): Receipt {
  const doc = provider.doc;
  // Per connection: sync step 2 messages received, those the server owes us, and which of them answers our
  // latest own step 1 (0: none is awaited). The server answers step 1 messages in order, one step 2 each.
  let received = 0;
  let owed = 0;
  let awaited = 0;
  let changedSince = false;
  let queued = false;

  provider.on("status", ({ status }) => {
    if (status !== "connected") return;
    // The provider sends its own sync step 1 right after saying so.
    received = 0;
    owed = askedForAll(provider.ws) ? 2 : 1;
    awaited = 0;
    changedSince = false;
  });

  const send = (): void => {
    queued = false;
    const ws = provider.ws;
    if (!ws || !provider.wsconnected || ws.readyState !== ws.OPEN) return;
    if (awaited !== 0) {
      // One is on its way; its answer asks again.
      changedSince = true;
      return;
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    writeSyncStep1(encoder, doc);
    ws.send(encoding.toUint8Array(encoder));
    owed += 1;
    awaited = owed;
    changedSince = false;
  };
  const request = (): void => {
    if (queued) return;
    queued = true;
    queueMicrotask(send);
  };

  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (awaited !== 0 && !changedSince && transaction.origin !== provider && changedDocument(transaction)) {
      changedSince = true;
    }
  });

  const handle = provider.messageHandlers[messageSync];
  if (!handle) throw new Error("The websocket provider has no handler for sync messages.");
  provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, type) => {
    const step = decoding.readVarUint(decoding.clone(decoder));
    handle(encoder, decoder, from, emitSynced, type);
    // The provider sends the answer to a step 1 once this returns (or its pieces went out already): ours follows.
    if (step === messageYjsSyncStep1) return request();
    if (step !== messageYjsSyncStep2) return;
    received += 1;
    if (awaited === 0 || received !== awaited) return;
    awaited = 0;
    if (changedSince) request();
    else onAllStored();
  };
  return { request };
}

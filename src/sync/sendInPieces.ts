// Changes larger than the server's message limit go out in pieces that each fit: the answer to the server's sync
// step 1 (everything this page has and the server lacks, e.g. a long offline session) and a single local change.
// Sent whole, such a message is refused with 4413 and the changes never reach the server.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { messageYjsSyncStep1, messageYjsSyncStep2 } from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";
import { MAX_UPDATE_BYTES } from "../doc/messageLimit";
import { splitUpdate } from "./splitUpdate";

function writeStep2(encoder: encoding.Encoder, update: Uint8Array): void {
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
}

/**
 * Makes the provider answer a sync step 1 with as many sync step 2 messages as the limit asks for (the server
 * applies each as a change), and send a local update past the limit as several updates. Pieces go out in order;
 * see splitUpdate for why each is a valid update of its own. A single struct past the limit still goes alone, and
 * the server refuses it with 4413 as before.
 */
export function sendInPieces(provider: WebsocketProvider, limit: number = MAX_UPDATE_BYTES): void {
  const handle = provider.messageHandlers[messageSync];
  if (!handle) throw new Error("The websocket provider has no handler for sync messages.");
  provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, type) => {
    const step = decoding.clone(decoder);
    if (decoding.readVarUint(step) !== messageYjsSyncStep1) return handle(encoder, decoder, from, emitSynced, type);
    // What y-protocols answers (writeSyncStep2), encoded once and cut when it is too large.
    const update = Y.encodeStateAsUpdate(provider.doc, decoding.readVarUint8Array(step));
    const [first, ...rest] = splitUpdate(update, limit);
    if (!first) return;
    if (rest.length === 0) {
      writeStep2(encoder, first);
      return;
    }
    // The provider sends the handler's answer once it returns; the pieces go out now, in their order.
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    for (const piece of [first, ...rest]) {
      const message = encoding.createEncoder();
      writeStep2(message, piece);
      ws.send(encoding.toUint8Array(message));
    }
  };

  const send = provider._updateHandler;
  const sendEach = (update: Uint8Array, origin: unknown): void => {
    if (origin === provider || update.byteLength <= limit) return send(update, origin);
    for (const piece of splitUpdate(update, limit)) send(piece, origin);
  };
  provider.doc.off("update", send);
  provider._updateHandler = sendEach;
  provider.doc.on("update", sendEach);
}

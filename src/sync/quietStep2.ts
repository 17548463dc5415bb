// A sync step 2 from the server into a blank document is applied without Yjs encoding it again for the
// document's update listeners. Yjs encodes what every transaction changed for those listeners, and the map's two
// listeners have no use for that copy: the provider sends nothing back to where it came from, and the local copy
// can store the bytes as they came. With full=1 the first one holds the whole map, 800 KB for 2,000 cards: its
// second encoding was about 0.1 s of opening such a map.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type * as Y from "yjs";
import { messageYjsSyncStep2, readSyncStep2 } from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";
import type { IndexeddbPersistence } from "y-indexeddb";

/**
 * Nothing in the document yet, not even a pending part: a sync step 2 then brings exactly what the local copy
 * should keep. Into a document that has something (the local copy loaded first, or a reconnect), Yjs's own
 * encoding holds only what is new, and the whole received update would be stored again on every visit.
 */
const isBlank = (doc: Y.Doc): boolean =>
  doc.store.clients.size === 0 && doc.store.pendingStructs === null && doc.store.pendingDs === null;

/**
 * Makes the provider apply a sync step 2 that finds the document blank with its own update listener and the
 * local copy's (asked for at that moment: it is made once the role is known) detached, then hands the local copy
 * the received update. Any other update listener still gets Yjs's encoding as before; every other sync message
 * goes the provider's way.
 */
export function applyStep2Quietly(provider: WebsocketProvider, localCopy: () => IndexeddbPersistence | null): void {
  const handle = provider.messageHandlers[messageSync];
  if (!handle) throw new Error("The websocket provider has no handler for sync messages.");
  provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, type) => {
    const step = decoding.clone(decoder);
    const doc = provider.doc;
    if (decoding.readVarUint(step) !== messageYjsSyncStep2 || !isBlank(doc)) {
      return handle(encoder, decoder, from, emitSynced, type);
    }
    const update = decoding.readVarUint8Array(decoding.clone(step));
    const copy = localCopy();
    let refused = false;
    // What the provider's own handler does with a sync step 2, with the two listeners off meanwhile. Like it,
    // an update Yjs refuses is logged (by y-protocols) and the map counts as synced.
    encoding.writeVarUint(encoder, messageSync);
    doc.off("update", provider._updateHandler);
    if (copy) doc.off("update", copy._storeUpdate);
    try {
      readSyncStep2(step, doc, provider, () => (refused = true));
    } finally {
      doc.on("update", provider._updateHandler);
      if (copy) doc.on("update", copy._storeUpdate);
    }
    if (emitSynced && !provider.synced) provider.synced = true;
    // An update Yjs refused is not kept: the local copy would fail to load with it.
    if (!refused) copy?._storeUpdate(update, provider);
  };
}

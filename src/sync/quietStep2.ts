// A sync step 2 from the server is applied without Yjs encoding it again for the document's update listeners.
// Yjs encodes what every transaction changed for those listeners, and the map's two listeners have no use for
// that copy of a sync step 2: the provider sends nothing back to where it came from, and the local copy can
// store the bytes as they came (applying them again adds nothing twice). With full=1 the first one holds the
// whole map, 800 KB for 2,000 cards: its second encoding was about 0.1 s of opening such a map.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { messageYjsSyncStep2, readSyncStep2 } from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";
import type { IndexeddbPersistence } from "y-indexeddb";

/** An update without structs and deletions, as Yjs encodes it. */
const isEmpty = (update: Uint8Array): boolean => update.length === 2 && update[0] === 0 && update[1] === 0;

/**
 * Makes the provider apply each sync step 2 with its own update listener and the local copy's (asked for at
 * that moment: it is made once the role is known) detached, then hands the local copy the received update.
 * Any other update listener still gets Yjs's encoding as before; other sync messages go the provider's way.
 */
export function applyStep2Quietly(provider: WebsocketProvider, localCopy: () => IndexeddbPersistence | null): void {
  const handle = provider.messageHandlers[messageSync];
  if (!handle) throw new Error("The websocket provider has no handler for sync messages.");
  provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, type) => {
    const step = decoding.clone(decoder);
    if (decoding.readVarUint(step) !== messageYjsSyncStep2) return handle(encoder, decoder, from, emitSynced, type);
    const update = decoding.readVarUint8Array(decoding.clone(step));
    const doc = provider.doc;
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
    // An update Yjs refused is not kept: the local copy would fail to load with it. Nor is one that holds
    // nothing (no structs, no deletions), such as the answer to a sync step 1 when the map arrived whole.
    if (!refused && !isEmpty(update)) copy?._storeUpdate(update, provider);
  };
}

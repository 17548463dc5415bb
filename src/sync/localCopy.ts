// What this browser keeps of a map (the IndexedDB copy of an editor's page), read without a server. When a map
// cannot be opened any more (its link replaced while changes were unsent, or the map gone from the server), the
// page offers it as a JSON file, so work made here is never out of reach.
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { readJourney, type Journey } from "../doc";
import { localCopyName } from "./session";

/** The map as this browser's copy holds it, or null when there is no copy (or it holds nothing). */
export async function readLocalCopy(mapId: string): Promise<Journey | null> {
  if (typeof indexedDB === "undefined") return null;
  const name = localCopyName(mapId);
  // Opening a copy that does not exist creates an empty one: ask first, where the browser can say.
  if (typeof indexedDB.databases === "function") {
    const known = await indexedDB.databases().catch(() => null);
    if (known !== null && !known.some((d) => d.name === name)) return null;
  }
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(name, doc);
  try {
    await copy.whenSynced;
    if (doc.store.clients.size === 0) {
      // Made just now by asking (a browser that cannot list its databases): nothing to keep.
      await copy.clearData();
      return null;
    }
    const journey = readJourney(doc);
    return journey.stages.length + journey.lanes.length + journey.cards.length > 0 ? journey : null;
  } finally {
    await copy.destroy();
    doc.destroy();
  }
}

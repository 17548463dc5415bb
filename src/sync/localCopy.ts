// What this browser keeps of a map (the IndexedDB copy of an editor's page), read without a server, and the copies
// set aside from it. When a map cannot be opened any more (its link replaced while changes were unsent, or the map
// gone from the server), the page offers the copy as a JSON file; when the server's map is another document than the
// one the copy grew from (deleted and made again under the same id, or its database restored from another copy), the
// copy is set aside instead of merged and offered the same way. Work made here is never out of reach.
import * as Y from "yjs";
import * as idb from "lib0/indexeddb";
import { IndexeddbPersistence } from "y-indexeddb";
import { readJourney, type Journey } from "../doc";

export const localCopyName = (mapId: string): string => `outside-in:${mapId}`;
/** Where the copies of a map that the server's document does not descend from are kept until the person removes them. */
export const setAsideName = (mapId: string): string => `outside-in-set-aside:${mapId}`;

/** False only when the browser can list its databases and `name` is not among them (opening one creates it). */
async function mayExist(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== "function") return true;
  const known = await indexedDB.databases().catch(() => null);
  return known === null || known.some((d) => d.name === name);
}

/** The map as this browser's copy holds it, or null when there is no copy (or it holds nothing). */
export async function readLocalCopy(mapId: string): Promise<Journey | null> {
  if (typeof indexedDB === "undefined") return null;
  const name = localCopyName(mapId);
  // Opening a copy that does not exist creates an empty one: ask first, where the browser can say.
  if (!(await mayExist(name))) return null;
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(name, doc);
  try {
    await copy.whenSynced;
    if (doc.store.clients.size === 0) {
      // Made just now by asking (a browser that cannot list its databases): nothing to keep.
      await copy.clearData();
      return null;
    }
    return journeyOf(doc);
  } finally {
    await copy.destroy();
    doc.destroy();
  }
}

const journeyOf = (doc: Y.Doc): Journey | null => {
  const journey = readJourney(doc);
  return journey.stages.length + journey.lanes.length + journey.cards.length > 0 ? journey : null;
};

/**
 * Everything the map's local copy holds, as one update, read without binding the copy to a document (y-indexeddb's
 * layout: an "updates" store of Yjs updates). Null when there is no copy or it holds nothing. The session reads it
 * before the role is known and before the server's state, so that it can decide whether to merge it at all.
 */
export async function readKeptUpdate(mapId: string): Promise<Uint8Array | null> {
  if (typeof indexedDB === "undefined") return null;
  const name = localCopyName(mapId);
  if (!(await mayExist(name))) return null;
  const db = await idb.openDB(name, (created) =>
    idb.createStores(created, [["updates", { autoIncrement: true }], ["custom"]]),
  );
  let updates: Uint8Array[];
  try {
    const [store] = idb.transact(db, ["updates"], "readonly");
    const stored: unknown[] = store ? await idb.getAll(store) : [];
    updates = stored.filter(ArrayBuffer.isView).map((u) => new Uint8Array(u.buffer, u.byteOffset, u.byteLength));
  } finally {
    db.close();
  }
  if (updates.length === 0) return null;
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/** Removes the map's local copy (its database), so that the next copy starts from the server's document. */
export async function removeLocalCopy(mapId: string): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  await idb.deleteDB(localCopyName(mapId));
}

/**
 * Whether a copy (its state vector) grew from the same document as the server's: the two share a client that wrote
 * something. Every copy starts from what the server sent, so a copy of the map's own history holds the clients of
 * its first content; a document made again holds none of them (Yjs picks client ids at random, 32 bits). A copy
 * that holds nothing shares everything.
 */
export function sameHistory(copy: Map<number, number>, server: Map<number, number>): boolean {
  if (copy.size === 0) return true;
  for (const [client, clock] of copy) if (clock > 0 && (server.get(client) ?? 0) > 0) return true;
  return false;
}

export interface SetAsideCopy {
  /** Its key in the set-aside store, to remove it by. */
  key: number;
  /** When it was set aside (ms since 1970). */
  at: number;
  journey: Journey;
}

interface SetAsideEntry {
  at: number;
  update: Uint8Array;
}

const openSetAside = (mapId: string) =>
  idb.openDB(setAsideName(mapId), (created) => idb.createStores(created, [["copies", { autoIncrement: true }]]));

/** Keeps a copy (a whole document as one update) beside the map, each on its own: two copies are never merged. */
export async function setAside(mapId: string, update: Uint8Array): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  const db = await openSetAside(mapId);
  try {
    const [store] = idb.transact(db, ["copies"]);
    const entry: SetAsideEntry = { at: Date.now(), update };
    if (store) await idb.rtop(store.add(entry));
  } finally {
    db.close();
  }
}

/** An entry as stored; its bytes may come back as another realm's Uint8Array (a test's DOM), so they are viewed anew. */
function entryOf(value: unknown): SetAsideEntry | null {
  if (typeof value !== "object" || value === null) return null;
  const { at, update } = value as Partial<Record<keyof SetAsideEntry, unknown>>;
  if (typeof at !== "number" || !ArrayBuffer.isView(update)) return null;
  return { at, update: new Uint8Array(update.buffer, update.byteOffset, update.byteLength) };
}

/** The copies set aside for a map, oldest first; one this code cannot read is skipped and left where it is. */
export async function readSetAside(mapId: string): Promise<SetAsideCopy[]> {
  if (typeof indexedDB === "undefined") return [];
  const name = setAsideName(mapId);
  if (!(await mayExist(name))) return [];
  const db = await openSetAside(mapId);
  let entries: { k: unknown; v: unknown }[];
  try {
    const [store] = idb.transact(db, ["copies"], "readonly");
    entries = store ? await idb.getAllKeysValues(store) : [];
  } finally {
    db.close();
  }
  const copies: SetAsideCopy[] = [];
  for (const { k, v } of entries) {
    const entry = entryOf(v);
    if (typeof k !== "number" || entry === null) continue;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, entry.update);
      const journey = journeyOf(doc);
      if (journey !== null) copies.push({ key: k, at: entry.at, journey });
    } catch {
      // A damaged entry offers nothing, and stays for a later version to read.
    } finally {
      doc.destroy();
    }
  }
  return copies;
}

/**
 * Removes one set-aside copy, which the person asked for (they saved it, or confirmed they let it go). The last one
 * takes the map's set-aside database with it, so nothing is left behind; an entry this code could not read keeps it.
 */
export async function removeSetAside(mapId: string, key: number): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  const db = await openSetAside(mapId);
  let left = 1;
  try {
    const [store] = idb.transact(db, ["copies"]);
    if (store) {
      await idb.del(store, key);
      left = await idb.count(store);
    }
  } finally {
    db.close();
  }
  if (left === 0) await idb.deleteDB(setAsideName(mapId));
}

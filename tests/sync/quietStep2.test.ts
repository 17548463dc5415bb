// A sync step 2 from the server is applied with the provider's and the local copy's update listeners detached
// (so Yjs does not encode it once more for them), and the local copy still keeps what came.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as idb from "lib0/indexeddb";
import { writeSyncStep1, writeSyncStep2 } from "y-protocols/sync";
import { IndexeddbPersistence } from "y-indexeddb";
import { messageSync, WebsocketProvider } from "y-websocket";
import { WebSocket as NodeWebSocket } from "ws";
import { applyStep2Quietly } from "../../src/sync/quietStep2";

const WebSocketPolyfill = NodeWebSocket as unknown as typeof WebSocket;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

let names = 0;

/** The server's document: a map holding a few cards with German text. */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  const cards = doc.getMap<string>("cards");
  for (let i = 0; i < 50; i++) cards.set(`c_${i}`, `Ich melde den Schaden Nr. ${i} – „größer“ als 100 €`);
  return doc;
}

/** A sync message as the server sends it, with its message type already read (as y-websocket does). */
function syncMessage(write: (encoder: encoding.Encoder) => void): decoding.Decoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  write(encoder);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  decoding.readVarUint(decoder);
  return decoder;
}

/** The update listeners the document has right now. */
const updateListeners = (doc: Y.Doc): number =>
  (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get("update")?.size ?? 0;

async function setUp() {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider("ws://127.0.0.1:9/ws", "m", doc, { connect: false, WebSocketPolyfill });
  const name = `quiet-step2-${++names}`;
  const copy = new IndexeddbPersistence(name, doc);
  await copy.whenSynced;
  let localCopy: IndexeddbPersistence | null = copy;
  applyStep2Quietly(provider, () => localCopy);
  cleanups.push(
    () => provider.destroy(),
    () => copy.destroy(),
  );
  const handle = (decoder: decoding.Decoder): encoding.Encoder => {
    const reply = encoding.createEncoder();
    const handler = provider.messageHandlers[messageSync];
    if (!handler) throw new Error("no sync handler");
    handler(reply, decoder, provider, true, messageSync);
    return reply;
  };
  return { doc, provider, name, handle, dropCopy: () => (localCopy = null) };
}

/** What a fresh page would read back from the local copy of that name. */
async function readCopy(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(name, doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`The local copy ${name} did not load.`)), 3000);
  });
  try {
    await Promise.race([copy.whenSynced, late]);
  } finally {
    clearTimeout(timer);
    await copy.destroy();
  }
  return doc;
}

/** The updates the local copy of that name holds, read with IndexedDB itself. */
async function storedRows(name: string): Promise<Uint8Array[]> {
  const db = await idb.openDB(name, () => {});
  try {
    const [store] = idb.transact(db, ["updates"], "readonly");
    return (await idb.getAll(store as IDBObjectStore)) as Uint8Array[];
  } finally {
    db.close();
  }
}

describe("a sync step 2 from the server", () => {
  it("is applied with neither update listener attached, then kept in the local copy as it came", async () => {
    const { doc, provider, name, handle } = await setUp();
    expect(updateListeners(doc)).toBe(2);
    const during: number[] = [];
    doc.on("afterTransaction", () => during.push(updateListeners(doc)));

    const server = serverDoc();
    handle(syncMessage((e) => writeSyncStep2(e, server)));

    expect(during).toEqual([0]);
    expect(updateListeners(doc)).toBe(2);
    expect(doc.getMap("cards").toJSON()).toEqual(server.getMap("cards").toJSON());
    expect(provider.synced).toBe(true);
    const copied = await readCopy(name);
    expect(copied.getMap("cards").toJSON()).toEqual(server.getMap("cards").toJSON());
  });

  it("that holds nothing is not stored, like the answer to the page's sync step 1 after the whole map", async () => {
    const { doc, name, handle } = await setUp();
    const server = serverDoc();
    handle(syncMessage((e) => writeSyncStep2(e, server)));
    const before = await storedRows(name);
    handle(syncMessage((e) => writeSyncStep2(e, server, Y.encodeStateVector(doc))));
    expect(Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc))).toEqual(new Uint8Array([0, 0]));
    expect(await storedRows(name)).toEqual(before);
  });

  it("into a document that has the map already goes the provider's way, and the copy keeps only what is new", async () => {
    const { doc, name, handle } = await setUp();
    const server = serverDoc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), "loaded before"); // as if from the local copy
    const during: number[] = [];
    doc.on("afterTransaction", () => during.push(updateListeners(doc)));
    const before = await storedRows(name);

    handle(syncMessage((e) => writeSyncStep2(e, server))); // the whole map again, as full=1 sends it
    expect(during).toEqual([2]);
    expect(await storedRows(name)).toEqual(before);

    server.getMap<string>("cards").set("new", "Ich erhalte die Police");
    handle(syncMessage((e) => writeSyncStep2(e, server)));
    const after = await storedRows(name);
    expect(after).toHaveLength(before.length + 1);
    const whole = Y.encodeStateAsUpdate(server).byteLength;
    expect((after.at(-1) as Uint8Array).byteLength).toBeLessThan(whole / 10);
    expect(doc.getMap("cards").get("new")).toBe("Ich erhalte die Police");
  });

  it("still reaches any other update listener, encoded by Yjs as before", async () => {
    const { doc, handle } = await setUp();
    const seen: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => seen.push(update));
    const server = serverDoc();
    handle(syncMessage((e) => writeSyncStep2(e, server)));
    expect(seen).toHaveLength(1);
    const replay = new Y.Doc();
    Y.applyUpdate(replay, seen[0] as Uint8Array);
    expect(replay.getMap("cards").toJSON()).toEqual(server.getMap("cards").toJSON());
  });

  it("keeps local edits flowing to the local copy afterwards, and answers a sync step 1 as before", async () => {
    const { doc, name, handle } = await setUp();
    handle(syncMessage((e) => writeSyncStep2(e, serverDoc())));
    doc.getMap<string>("cards").set("mine", "Ich vergleiche Tarife");

    const reply = handle(syncMessage((e) => writeSyncStep1(e, new Y.Doc())));
    const answer = decoding.createDecoder(encoding.toUint8Array(reply));
    expect(decoding.readVarUint(answer)).toBe(messageSync);
    expect(decoding.readVarUint(answer)).toBe(1); // a sync step 2 with everything the asker lacks
    const asker = new Y.Doc();
    Y.applyUpdate(asker, decoding.readVarUint8Array(answer));
    expect(asker.getMap("cards").get("mine")).toBe("Ich vergleiche Tarife");

    const copied = await readCopy(name);
    expect(copied.getMap("cards").get("mine")).toBe("Ich vergleiche Tarife");
    expect(copied.getMap("cards").size).toBe(51);
  });

  it("that Yjs refuses is logged as before, changes nothing, is not kept and leaves both listeners attached", async () => {
    const { doc, name, handle } = await setUp();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    cleanups.push(() => logged.mockRestore());
    // A lying length: five clients announced, the update ends after the first one's header.
    const broken = syncMessage((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, new Uint8Array([5, 200, 1, 7]));
    });
    handle(broken);
    expect(logged).toHaveBeenCalledWith("Caught error while handling a Yjs update", expect.any(Error));
    expect(updateListeners(doc)).toBe(2);
    expect(doc.getMap("cards").size).toBe(0);
    // The copy still loads (a stored broken update would make it fail), and it holds what came after.
    handle(syncMessage((e) => writeSyncStep2(e, serverDoc())));
    expect((await readCopy(name)).getMap("cards").size).toBe(50);
  });

  it("before the local copy exists is applied quietly too, and the copy takes the whole map when it opens", async () => {
    const { doc, handle, dropCopy, provider } = await setUp();
    dropCopy();
    const server = serverDoc();
    handle(syncMessage((e) => writeSyncStep2(e, server)));
    expect(provider.synced).toBe(true);
    // The copy made later (once the role is known) stores the document's whole state when it opens.
    const later = `quiet-step2-later-${++names}`;
    const copy = new IndexeddbPersistence(later, doc);
    await copy.whenSynced;
    await copy.destroy();
    expect((await readCopy(later)).getMap("cards").toJSON()).toEqual(server.getMap("cards").toJSON());
  });
});

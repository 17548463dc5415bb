// A loaded document answers every page that opens it with its whole state: encoded once per change, never stale.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { openDb, type Db } from "../../server/store/db";
import { updateLog } from "../../server/store/updates";
import { mapStore } from "../../server/store/maps";
import { DocRoom } from "../../server/rooms/docRoom";

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-room-"));
  db = openDb(dir);
});
afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const MAP = "map_roomroomro";
const EMPTY_SV = Y.encodeStateVector(new Y.Doc());

/** The document a sync step 2 frame brings to a client that has the given doc (a new one by default). */
function applyStep2(frame: Uint8Array, into = new Y.Doc()): Y.Doc {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(0); // sync
  expect(decoding.readVarUint(decoder)).toBe(1); // step 2
  Y.applyUpdate(into, decoding.readVarUint8Array(decoder));
  return into;
}

function room(): DocRoom {
  const seed = new Y.Doc();
  seed.getMap("meta").set("title", "Seeded");
  mapStore(db).create(MAP, "T", { main: Y.encodeStateAsUpdate(seed), comments: Y.encodeStateAsUpdate(new Y.Doc()) });
  return new DocRoom(MAP, "comments", updateLog(db), () => {});
}

describe("a loaded document's sync step 2", () => {
  it("gives fresh clients the same encoded frame until the document changes, then the new state", () => {
    const r = room();
    r.doc.getMap("meta").set("title", "First");
    const first = r.syncStep2(EMPTY_SV);
    expect(r.syncStep2(EMPTY_SV)).toBe(first);
    expect(applyStep2(first).getMap("meta").get("title")).toBe("First");

    r.doc.getMap("meta").set("title", "Second");
    const second = r.syncStep2(EMPTY_SV);
    expect(second).not.toBe(first);
    expect(applyStep2(second).getMap("meta").get("title")).toBe("Second");
    r.destroy();
  });

  it("includes a change that is still waiting for what it builds on", () => {
    const r = room();
    const before = r.syncStep2(EMPTY_SV);
    const author = new Y.Doc();
    const list = author.getArray<string>("items");
    list.push(["a"]);
    const base = Y.encodeStateAsUpdate(author);
    const sv = Y.encodeStateVector(author);
    list.push(["b"]);
    const next = Y.encodeStateAsUpdate(author, sv);
    Y.applyUpdate(r.doc, next, "peer"); // pending: "a" never arrived
    const after = r.syncStep2(EMPTY_SV);
    expect(after).not.toBe(before);
    const client = applyStep2(after);
    Y.applyUpdate(client, base);
    expect(client.getArray("items").toArray()).toEqual(["a", "b"]);
    r.destroy();
  });

  it("keeps the frame when an update adds nothing, as every opening page's answer to the sync step 1", () => {
    const r = room();
    r.doc.getMap("meta").set("title", "Kept");
    const first = r.syncStep2(EMPTY_SV);
    const page = applyStep2(first);
    Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(new Y.Doc()), "page"); // a new page's sync step 2
    Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(page), "page"); // a page that had it all already
    expect(r.syncStep2(EMPTY_SV)).toBe(first);
    r.destroy();
  });

  it("drops the frame for a change that only deletes", () => {
    const r = room();
    r.doc.getMap("meta").set("title", "Größer als 100 €");
    r.doc.getMap("meta").set("owner", "Anna");
    const before = r.syncStep2(EMPTY_SV);
    r.doc.getMap("meta").delete("owner");
    const after = r.syncStep2(EMPTY_SV);
    expect(after).not.toBe(before);
    expect(applyStep2(after).getMap("meta").toJSON()).toEqual({ title: "Größer als 100 €" });
    r.destroy();
  });

  it("includes a deletion that is still waiting for what it deletes", () => {
    const r = room();
    const before = r.syncStep2(EMPTY_SV);
    const author = new Y.Doc();
    author.getMap("meta").set("draft", "Ich melde den Schaden");
    const base = Y.encodeStateAsUpdate(author);
    const sv = Y.encodeStateVector(author);
    author.getMap("meta").delete("draft");
    Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(author, sv), "peer"); // deletes what never arrived
    const after = r.syncStep2(EMPTY_SV);
    expect(after).not.toBe(before);
    const client = applyStep2(after);
    Y.applyUpdate(client, base);
    expect(client.getMap("meta").has("draft")).toBe(false);
    r.destroy();
  });

  it("gives a client that has part of the document only what it lacks", () => {
    const r = room();
    r.doc.getMap("meta").set("title", "Shared");
    const client = applyStep2(r.syncStep2(EMPTY_SV));
    r.doc.getMap("meta").set("owner", "Anna");
    const diff = r.syncStep2(Y.encodeStateVector(client));
    expect(diff.byteLength).toBeLessThan(r.syncStep2(EMPTY_SV).byteLength);
    applyStep2(diff, client);
    expect(client.getMap("meta").toJSON()).toEqual({ title: "Shared", owner: "Anna" });
    r.destroy();
  });
});

describe("a part held back unapplied that cannot be read back", () => {
  /** What a broken client can leave: a part waiting for a missing client's items, whose bytes do not decode. */
  function breakPending(r: DocRoom): void {
    r.doc.store.pendingStructs = { missing: new Map([[987654, 3]]), update: new Uint8Array([0, 0xff, 0xff, 0xff]) };
  }

  it("is dropped, so a page can still open the map and the log can still be merged", () => {
    const logged: string[] = [];
    const seed = new Y.Doc();
    seed.getMap("meta").set("title", "Größe „prüfen“");
    mapStore(db).create(MAP, "T", { main: Y.encodeStateAsUpdate(new Y.Doc()), comments: Y.encodeStateAsUpdate(seed) });
    const r = new DocRoom(MAP, "comments", updateLog(db), (line) => logged.push(line));
    breakPending(r);
    expect(() => Y.encodeStateAsUpdate(r.doc)).toThrow();
    expect(applyStep2(r.syncStep2(EMPTY_SV)).getMap("meta").get("title")).toBe("Größe „prüfen“");
    expect(r.doc.store.pendingStructs).toBeNull();
    expect(logged.join("\n")).toMatch(/dropping what .* held back unapplied/);
    breakPending(r);
    r.compact();
    expect(updateLog(db).rows(MAP, "comments")).toBe(1);
    r.destroy();
  });
});

describe("merging the log", () => {
  it("keeps the document's own state, deleted text gone, and merges again only after something new is stored", () => {
    mapStore(db).create(MAP, "T", {
      main: Y.encodeStateAsUpdate(new Y.Doc()),
      comments: Y.encodeStateAsUpdate(new Y.Doc()),
    });
    const log = updateLog(db);
    const replaced: number[] = [];
    const watched = {
      ...log,
      replace: (...args: Parameters<typeof log.replace>) => (replaced.push(args[2].byteLength), log.replace(...args)),
    };
    const r = new DocRoom(MAP, "main", watched, () => {});
    const writer = new Y.Doc();
    writer.on("update", (u: Uint8Array) => Y.applyUpdate(r.doc, u, "page"));
    writer.getMap("meta").set("draft", "Größe ".repeat(2000));
    writer.getMap("meta").delete("draft");
    writer.getMap("meta").set("title", "Schaden melden");
    r.compact();
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toBeLessThan(1000);
    expect(r.bytes).toBe(replaced[0]);
    // Nothing new since: neither written nor encoded again (a refused change at the size limit calls for it).
    let encodes = 0;
    const encode = r.stateAsUpdate.bind(r);
    r.stateAsUpdate = (stateVector) => (encodes++, encode(stateVector));
    r.compact();
    r.compact();
    expect(replaced).toHaveLength(1);
    expect(encodes).toBe(0);
    writer.getMap("meta").set("owner", "Kundenservice");
    expect(r.rows).toBe(2);
    r.compact();
    expect(replaced).toHaveLength(2);
    const again = new Y.Doc();
    Y.applyUpdate(again, log.fetch(MAP, "main").update!);
    expect(again.getMap("meta").toJSON()).toEqual({ title: "Schaden melden", owner: "Kundenservice" });
    r.destroy();
  });
});

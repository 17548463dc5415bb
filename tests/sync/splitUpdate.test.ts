// An update cut into pieces: each piece under the limit, and the pieces, applied in order or in any order, give
// exactly the document the whole update gives (journey docs with many long cards, random edits by several peers).
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as prng from "lib0/prng";
import { MAX_MESSAGE_BYTES, MAX_UPDATE_BYTES } from "../../src/doc/messageLimit";
import { createJourneyDoc, readJourney } from "../../src/doc";
import { addCard, deleteCards, updateCard } from "../../src/doc/ops";
import { splitUpdate } from "../../src/sync/splitUpdate";
import { tinyJourney } from "../fixtures/journeys";
import { peerOf, exchange } from "../doc/helpers";

const ROOTS = ["map", "list", "text"] as const;

/** What a document holds, as plain data, plus its state vector and delete set (via a snapshot). */
function contents(doc: Y.Doc): unknown {
  return {
    map: doc.getMap("map").toJSON(),
    list: doc.getArray("list").toJSON(),
    text: doc.getText("text").toDelta(),
    pending: hasPending(doc),
    state: Y.encodeStateVector(doc),
  };
}

/** Byte equality of two updates (toEqual walks large arrays element by element, for seconds). */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** The pieces in an order of the generator's choosing. */
function shuffled(gen: prng.PRNG, pieces: Uint8Array[]): Uint8Array[] {
  const out = [...pieces];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.uint32(gen, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const hasPending = (doc: Y.Doc): boolean => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

function applyAll(pieces: Uint8Array[], base?: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, base);
  for (const piece of pieces) Y.applyUpdate(doc, piece);
  return doc;
}

/** Checks the pieces against the whole update: sizes, then in order, reversed and shuffled. */
function expectSameAsWhole(update: Uint8Array, limit: number, gen: prng.PRNG, base?: Uint8Array): Uint8Array[] {
  const pieces = splitUpdate(update, limit);
  for (const piece of pieces) {
    // Only a single struct larger than the limit may make a larger piece: it cannot be cut.
    if (piece.byteLength > limit) expect(Y.decodeUpdate(piece).structs).toHaveLength(1);
  }
  // In order, every piece finds all it builds on and is applied at once: nothing waits in memory.
  const receiver = applyAll([], base);
  for (const piece of pieces) {
    Y.applyUpdate(receiver, piece);
    expect(hasPending(receiver)).toBe(false);
  }
  const whole = applyAll([update], base);
  const expected = Y.encodeStateAsUpdate(whole);
  const orders = { "in order": pieces, reversed: [...pieces].reverse(), shuffled: shuffled(gen, pieces) };
  for (const [name, order] of Object.entries(orders)) {
    const doc = applyAll(order, base);
    for (const root of ROOTS) void doc.get(root);
    expect(contents(doc), `${pieces.length} pieces of ${limit} bytes, ${name}`).toEqual(contents(whole));
    expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(whole))).toBe(true);
    expect(sameBytes(Y.encodeStateAsUpdate(doc), expected)).toBe(true);
  }
  return pieces;
}

/** One random edit on a peer: map sets and deletes, list inserts and deletes, text inserts, deletes and formats. */
function randomEdit(doc: Y.Doc, gen: prng.PRNG): void {
  const map = doc.getMap<unknown>("map");
  const list = doc.getArray<unknown>("list");
  const text = doc.getText("text");
  const word = (): string => prng.word(gen, 1, prng.uint32(gen, 1, 3) === 1 ? 400 : 20);
  switch (prng.uint32(gen, 0, 7)) {
    case 0:
      map.set(`k${prng.uint32(gen, 0, 30)}`, word());
      break;
    case 1: {
      const keys = [...map.keys()];
      if (keys.length > 0) map.delete(prng.oneOf(gen, keys));
      break;
    }
    case 2:
      list.insert(prng.uint32(gen, 0, list.length), [word(), prng.uint32(gen, 0, 1000)]);
      break;
    case 3:
      if (list.length > 0) {
        const at = prng.uint32(gen, 0, list.length - 1);
        list.delete(at, Math.min(list.length - at, prng.uint32(gen, 1, 3)));
      }
      break;
    case 4: {
      const nested = new Y.Map<unknown>();
      nested.set("title", word());
      list.insert(prng.uint32(gen, 0, list.length), [nested]);
      break;
    }
    case 5:
      text.insert(prng.uint32(gen, 0, text.length), word());
      break;
    case 6:
      if (text.length > 0) {
        const at = prng.uint32(gen, 0, text.length - 1);
        text.delete(at, Math.min(text.length - at, prng.uint32(gen, 1, 40)));
      }
      break;
    default:
      if (text.length > 0) {
        const at = prng.uint32(gen, 0, text.length - 1);
        text.format(at, Math.min(text.length - at, 10), { bold: true });
      }
  }
}

/** Three peers editing at random, syncing now and then, merged into one. */
function randomPeers(seed: number, edits: number): Y.Doc {
  const gen = prng.create(seed);
  const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  // Fixed client ids: they decide the order of clients in an update, so a seed is the same case on every run.
  peers.forEach((peer, i) => (peer.clientID = [7, 300, 70000][i]!));
  for (let i = 0; i < edits; i++) {
    randomEdit(prng.oneOf(gen, peers), gen);
    if (prng.uint32(gen, 0, 9) === 0) exchange(prng.oneOf(gen, peers), prng.oneOf(gen, peers));
  }
  const [a, b, c] = peers as [Y.Doc, Y.Doc, Y.Doc];
  exchange(a, b);
  exchange(a, c);
  return a;
}

const longText = (i: number): string =>
  `Ich lese jedes Angebot zweimal, bevor ich mich entscheide – „größer“ als 100 € (${i}). `.repeat(40).slice(0, 3500);

describe("splitUpdate", () => {
  it("leaves an update under the limit whole", () => {
    const doc = randomPeers(1, 50);
    const update = Y.encodeStateAsUpdate(doc);
    expect(splitUpdate(update, update.byteLength)).toEqual([update]);
  });

  it("keeps the shared limit below the server's message limit", () => {
    expect(MAX_UPDATE_BYTES).toBeLessThan(MAX_MESSAGE_BYTES - 16);
  });

  for (const seed of [7, 42, 1234, 98765]) {
    it(`cuts random edits of three peers into pieces that give the same document (seed ${seed})`, () => {
      const doc = randomPeers(seed, 400);
      const update = Y.encodeStateAsUpdate(doc);
      const gen = prng.create(seed + 1);
      for (const limit of [200, 1000, 5000]) {
        const pieces = expectSameAsWhole(update, limit, gen);
        expect(pieces.length).toBeGreaterThan(1);
      }
    });
  }

  it("cuts what a peer lacks (a sync step 2 against its state vector) into pieces that fill it in", () => {
    const gen = prng.create(5);
    const doc = randomPeers(5, 200);
    const behind = Y.encodeStateAsUpdate(doc);
    for (let i = 0; i < 300; i++) randomEdit(doc, gen);
    const lacking = Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(behind));
    const pieces = expectSameAsWhole(lacking, 800, gen, behind);
    expect(pieces.length).toBeGreaterThan(3);
  });

  it("sends a delete set larger than the limit in pieces of its own, after the structs", () => {
    const doc = new Y.Doc();
    const list = doc.getArray<number>("list");
    list.insert(
      0,
      Array.from({ length: 4000 }, (_, i) => i),
    );
    const before = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    // Every other element deleted in one transaction: 2,000 ranges in one delete set.
    doc.transact(() => {
      for (let i = 2000; i > 0; i--) list.delete(i * 2 - 1, 1);
    });
    const gen = prng.create(3);
    const pieces = expectSameAsWhole(Y.encodeStateAsUpdate(doc), 1000, gen);
    const withDeletes = pieces.filter((p) => Y.decodeUpdate(p).ds.clients.size > 0);
    expect(withDeletes.length).toBeGreaterThan(1);
    expect(withDeletes.every((p) => Y.decodeUpdate(p).structs.length === 0)).toBe(true);
    expect(pieces.slice(-withDeletes.length)).toStrictEqual(withDeletes);
    // The transaction's own update, deletions only, onto a document that has the elements.
    const deletion = updates[0]!;
    expect(deletion.byteLength).toBeGreaterThan(1000);
    expect(expectSameAsWhole(deletion, 1000, gen, before).length).toBeGreaterThan(1);
  });

  it("cuts 600 long cards made offline into pieces under the server's limit that give the same map", () => {
    const server = createJourneyDoc(tinyJourney());
    const editor = peerOf(server);
    const { stages, lanes } = readJourney(editor);
    const ids: string[] = [];
    for (let i = 0; i < 600; i++) {
      ids.push(
        addCard(editor, {
          stageId: stages[0]!.id,
          laneId: lanes[0]!.id,
          title: `Karte ${i}`,
          description: longText(i),
        }),
      );
    }
    for (const id of ids.slice(0, 50)) updateCard(editor, id, { title: `Geändert ${id}` });
    deleteCards(editor, ids.slice(50, 80));
    const lacking = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(server));
    expect(lacking.byteLength).toBeGreaterThan(MAX_MESSAGE_BYTES);

    const pieces = splitUpdate(lacking);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.byteLength).toBeLessThanOrEqual(MAX_UPDATE_BYTES);
    const base = Y.encodeStateAsUpdate(server);
    for (const order of [pieces, [...pieces].reverse()]) {
      const doc = applyAll(order, base);
      expect(readJourney(doc)).toEqual(readJourney(editor));
      expect(sameBytes(Y.encodeStateAsUpdate(doc), Y.encodeStateAsUpdate(editor))).toBe(true);
    }
  });

  it("puts a single struct larger than the limit in a piece of its own, so the server refuses it as before", () => {
    const doc = new Y.Doc();
    doc.getMap("map").set("small", "a");
    doc.getMap("map").set("huge", "x".repeat(5000));
    doc.getMap("map").set("after", "b");
    const pieces = splitUpdate(Y.encodeStateAsUpdate(doc), 1000);
    const large = pieces.filter((p) => p.byteLength > 1000);
    expect(large).toHaveLength(1);
    expect(Y.decodeUpdate(large[0]!).structs).toHaveLength(1);
    const copy = applyAll(pieces);
    expect(copy.getMap("map").toJSON()).toEqual(doc.getMap("map").toJSON());
  });
});

// The reader that re-reads only what a change touched (src/doc/readCache.ts): after any change it gives the same
// journey as a full reading, and every record the change did not touch as the same object as before.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { loadJourney, readJourney, type Journey } from "../../src/doc";
import { addCard, connect, deleteCards, deleteStage, moveCard, updateCard, updateLane } from "../../src/doc/ops";
import { journeyReader } from "../../src/doc/readCache";
import { UndoManager } from "yjs";
import { exampleJourney } from "../fixtures/journeys";
import { seeded } from "../../bench/harden/mutate";

function setup() {
  const doc = new Y.Doc();
  const journey = exampleJourney();
  loadJourney(doc, journey);
  const reader = journeyReader(doc);
  return { doc, journey, reader, first: reader.read() };
}

const cards = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("cards");
const byId = (j: Journey) => new Map(j.cards.map((c) => [c.id, c]));

describe("reading only what changed", () => {
  it("keeps every card a change did not touch as the same object, and reads the touched one again", () => {
    const { doc, first, reader } = setup();
    const [a, b] = first.cards;
    updateCard(doc, a!.id, { title: "I compare plans again" });
    const next = reader.read();
    expect(next).toStrictEqual(readJourney(doc));
    const before = byId(first);
    for (const card of next.cards) {
      if (card.id === a!.id) expect(card).not.toBe(before.get(card.id));
      else expect(card).toBe(before.get(card.id));
    }
    expect(byId(next).get(b!.id)).toBe(b);
    expect(next.stages.every((s, i) => s === first.stages[i])).toBe(true);
    expect(next.lanes.every((l, i) => l === first.lanes[i])).toBe(true);
    expect(next.connections.every((c, i) => c === first.connections[i])).toBe(true);
  });

  it("gives a card whose place in its cell changed a copy with the new order, never changing the old object", () => {
    const { doc, first, reader } = setup();
    const cell = first.cards.filter(
      (c) => c.stageId === first.cards[0]!.stageId && c.laneId === first.cards[0]!.laneId,
    );
    const added = addCard(doc, {
      stageId: cell[0]!.stageId,
      laneId: cell[0]!.laneId,
      title: "I ask a friend",
      index: 0,
    });
    const next = reader.read();
    expect(next).toStrictEqual(readJourney(doc));
    for (const old of cell) {
      const now = byId(next).get(old.id)!;
      expect(now.order).toBe((old.order ?? -1) + 1);
      expect(now).not.toBe(old);
    }
    expect(cell.map((c) => c.order)).toEqual(cell.map((_, i) => i)); // the first snapshot is as it was
    moveCard(doc, added, { stageId: first.stages.at(-1)!.id, laneId: cell[0]!.laneId });
    expect(reader.read()).toStrictEqual(readJourney(doc));
  });

  it("follows lanes that become or stop being an emotions lane, changes inside a record and deletions", () => {
    const { doc, first, reader } = setup();
    const lane = first.lanes.find((l) => l.kind !== "emotions" && first.cards.some((c) => c.laneId === l.id))!;
    const inLane = first.cards.filter((c) => c.laneId === lane.id && c.emotion === undefined);
    expect(inLane.length).toBeGreaterThan(0);
    // Another client's write: the lane's kind alone changes, its cards keep no emotion of their own.
    doc.getMap<Y.Map<unknown>>("lanes").get(lane.id)!.set("kind", "emotions");
    let next = reader.read();
    expect(next).toStrictEqual(readJourney(doc));
    expect(inLane.every((c) => byId(next).get(c.id)!.emotion === 0)).toBe(true);
    doc.getMap<Y.Map<unknown>>("lanes").get(lane.id)!.set("kind", lane.kind);
    next = reader.read();
    expect(next).toStrictEqual(readJourney(doc));
    expect(inLane.every((c) => byId(next).get(c.id)!.emotion === undefined)).toBe(true);

    // A nested type inside a record, then a change inside it.
    const record = cards(doc).get(first.cards[0]!.id)!;
    const inner = new Y.Map<unknown>();
    record.set("x-notes", inner);
    reader.read();
    inner.set("text", "changed inside");
    expect(reader.read()).toStrictEqual(readJourney(doc));

    connect(doc, first.cards[1]!.id, first.cards[2]!.id);
    deleteCards(doc, [first.cards[1]!.id]);
    expect(reader.read()).toStrictEqual(readJourney(doc));
    updateLane(doc, lane.id, { name: "Renamed" });
    deleteStage(doc, first.stages[0]!.id);
    expect(reader.read()).toStrictEqual(readJourney(doc));
  });

  it("agrees with a full reading through undo, redo and a peer's updates, over random edits", () => {
    const r = seeded(424242);
    const { doc, reader } = setup();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const undo = new UndoManager([cards(doc), doc.getMap("lanes")], { captureTimeout: 0 });
    for (let step = 0; step < 300; step++) {
      const now = readJourney(doc);
      const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(r() * list.length)];
      const card = pick(now.cards);
      const stage = pick(now.stages);
      const lane = pick(now.lanes);
      const op = Math.floor(r() * 9);
      try {
        if (op === 0 && stage && lane)
          addCard(doc, { stageId: stage.id, laneId: lane.id, title: `Card ${step}`, index: 0 });
        else if (op === 1 && card) updateCard(doc, card.id, { title: `Title ${step}` });
        else if (op === 2 && card && stage && lane)
          moveCard(doc, card.id, { stageId: stage.id, laneId: lane.id, index: 0 });
        else if (op === 3 && card) deleteCards(doc, [card.id]);
        else if (op === 4 && lane)
          doc
            .getMap<Y.Map<unknown>>("lanes")
            .get(lane.id)
            ?.set("kind", pick(["emotions", "thoughts", "touchpoints"]));
        else if (op === 5) undo.undo();
        else if (op === 6) undo.redo();
        else if (op === 7 && card) {
          // A peer edits the same card: its update arrives as a remote one.
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
          peer.getMap<Y.Map<unknown>>("cards").get(card.id)?.set("description", `peer ${step}`);
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
        } else if (op === 8 && card)
          cards(doc)
            .get(card.id)
            ?.set("emotion", pick([-2, 1, "junk", undefined]) ?? 0);
      } catch (e) {
        if (!(e instanceof Error)) throw e; // an op refused (a card deleted by the step before, say)
      }
      expect(reader.read()).toStrictEqual(readJourney(doc));
    }
  });

  it("hands out the adopted objects of an equal snapshot from then on", () => {
    const { doc, first, reader } = setup();
    const shown: Journey = structuredClone(first);
    reader.adopt(shown);
    updateCard(doc, first.cards[0]!.id, { title: "Only this one changed" });
    const next = reader.read();
    expect(next).toStrictEqual(readJourney(doc));
    for (const card of next.cards.slice(1)) expect(card).toBe(byId(shown).get(card.id));
    expect(next.stages[0]).toBe(shown.stages[0]);
  });
});

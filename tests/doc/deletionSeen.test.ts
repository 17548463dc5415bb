// A page that deletes cards, stages, lanes or paths notes in the map document what it had seen of them
// (src/doc/ops/deletionSeen.ts): the deleted records' Yjs items and, for each other page that wrote into them, the
// highest clock of that page it had. One note per deletion, in a root of its own that the snapshot, the export and
// undo never see; notes older than an hour go when the next one is written.
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { createUndoManager, undoLatest } from "../../src/doc/undo";
import { addCard, connect, deleteCards, deleteSelection, deleteStage, updateCard } from "../../src/doc/ops";
import { collection, DELETIONS_SEEN_ROOT, LOCAL } from "../../src/doc/schema";
import {
  DELETIONS_SEEN_KEPT_FOR_MS,
  MAX_DELETION_NOTES,
  hadChange,
  itemKey,
  readDeletionsSeen,
  type DeletionSeen,
} from "../../src/doc/ops/deletionSeen";
import { serializeJourney } from "../../src/format/export";
import { createMapStore } from "../../src/store";
import { exchange, peerOf, tinyDoc } from "./helpers";

const notes = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DELETIONS_SEEN_ROOT);
const noteList = (doc: Y.Doc): DeletionSeen[] => [...notes(doc).values()] as DeletionSeen[];
const itemOf = (doc: Y.Doc, name: "stages" | "cards" | "connections", id: string): Y.ID =>
  collection(doc, name).get(id)!._item!.id;

/** A map with a stage of two cards joined by a path, and a colleague's page that wrote into one of the cards. */
function setUp() {
  const doc = tinyDoc();
  const { stages, lanes } = readJourney(doc);
  const stageId = stages[0]!.id;
  const laneId = lanes[0]!.id;
  const cardId = addCard(doc, { stageId, laneId, title: "Ich buche einen Termin" });
  const otherId = addCard(doc, { stageId, laneId, title: "Ich bringe das Auto" });
  const pathId = connect(doc, cardId, otherId, "am selben Tag");
  const colleague = peerOf(doc);
  colleague.clientID = 4242;
  updateCard(colleague, cardId, { owner: "Kundenservice Köln" });
  exchange(doc, colleague);
  return { doc, colleague, stageId, cardId, otherId, pathId };
}

describe("what a deleting page had seen of the records it deleted", () => {
  it("is one note for a stage with its cards and their path, with each item and the colleague's clock", () => {
    const { doc, colleague, stageId, cardId, otherId, pathId } = setUp();
    const items = [itemOf(doc, "cards", cardId), itemOf(doc, "cards", otherId), itemOf(doc, "connections", pathId)];
    const stageItem = itemOf(doc, "stages", stageId);
    const colleagueHad = Y.getState(colleague.store, 4242) - 1;
    deleteStage(doc, stageId);

    expect(notes(doc).size).toBe(1);
    const [note] = noteList(doc);
    expect(note!.seen).toEqual({ "4242": colleagueHad });
    // The deleting page's own changes are not listed: it had them.
    expect(Object.keys(note!.seen)).not.toContain(String(doc.clientID));
    const byRecord = readDeletionsSeen(doc);
    for (const item of [stageItem, ...items]) expect(byRecord.get(itemKey(item))).toEqual([note!.seen]);
    // The colleague's change was in front of the deleter; a later one of theirs was not.
    expect(hadChange(note!.seen, 4242, colleagueHad)).toBe(true);
    expect(hadChange(note!.seen, 4242, colleagueHad + 1)).toBe(false);
    expect(hadChange(note!.seen, 999, 0)).toBe(false);
  });

  it("names a page whose value was written over since, and what is nested in a record", () => {
    const { doc, colleague, cardId } = setUp();
    // My page writes over the colleague's owner: their value is gone, but they wrote into the card.
    updateCard(doc, cardId, { owner: "Filiale Süd", measurement: { metric: "CSAT", label: "Zufriedenheit" } });
    const third = peerOf(doc);
    third.clientID = 5151;
    updateCard(third, cardId, { title: "Ich buche den Ölwechsel für 89 €" });
    exchange(doc, third);
    deleteCards(doc, [cardId]);
    const [note] = noteList(doc);
    expect(Object.keys(note!.seen).sort()).toEqual(["4242", "5151"]);
    expect(colleague.clientID).toBe(4242);
  });

  it("is written for a selection deleted at once, in one note, and for paths deleted on their own", () => {
    const { doc, stageId, cardId, pathId } = setUp();
    const stageItem = itemOf(doc, "stages", stageId);
    const pathItem = itemOf(doc, "connections", pathId);
    const cardItem = itemOf(doc, "cards", cardId);
    deleteSelection(doc, { connections: [pathId], cards: [cardId], stages: [stageId] });
    expect(notes(doc).size).toBe(1);
    const byRecord = readDeletionsSeen(doc);
    for (const item of [stageItem, pathItem, cardItem]) expect(byRecord.get(itemKey(item))).toHaveLength(1);
  });

  it("drops notes older than an hour, unreadable ones and the oldest past the most kept, when it writes one", () => {
    const { doc, cardId } = setUp();
    const now = Date.now();
    doc.transact(() => {
      notes(doc).set("1.1", { at: now - DELETIONS_SEEN_KEPT_FOR_MS - 60_000, seen: {}, records: [1, 1] });
      notes(doc).set("1.2", { at: now - 10 * 60_000, seen: { "7": 3 }, records: [1, 2] });
      notes(doc).set("1.3", "kein Vermerk");
    });
    deleteCards(doc, [cardId]);
    expect(notes(doc).size).toBe(2);
    expect(notes(doc).has("1.2")).toBe(true);
    expect(readDeletionsSeen(doc).get(itemKey(Y.createID(1, 2)))).toEqual([{ "7": 3 }]);

    doc.transact(() => {
      for (let i = 0; i < MAX_DELETION_NOTES; i++) notes(doc).set(`2.${i}`, { at: now - i, seen: {}, records: [] });
    });
    const { stages } = readJourney(doc);
    deleteStage(doc, stages[0]!.id);
    expect(notes(doc).size).toBe(MAX_DELETION_NOTES);
    // The oldest went: the one ten minutes old and the oldest of the many.
    expect(notes(doc).has("1.2")).toBe(false);
    expect(notes(doc).has(`2.${MAX_DELETION_NOTES - 1}`)).toBe(false);
    expect(notes(doc).has("2.0")).toBe(true);
  });

  it("ignores what does not read as a note", () => {
    const { doc } = setUp();
    doc.transact(() => {
      notes(doc).set("a", { at: 1, seen: JSON.parse('{"7": -1, "__proto__": 3, "x": 2, "8": 4}'), records: [1, 2] });
      notes(doc).set("b", { at: 1, seen: {}, records: [1] });
      notes(doc).set("c", { at: "gestern", seen: {}, records: [3, 4] });
      notes(doc).set("d", [1, 2]);
    });
    expect([...readDeletionsSeen(doc)]).toEqual([["1:2", [{ "8": 4 }]]]);
  });

  it("stays out of the snapshot, the JSON export and the editor's store", () => {
    const { doc, cardId } = setUp();
    const plain = peerOf(doc);
    deleteCards(doc, [cardId]);
    // The same deletion as a page that writes no note makes it.
    plain.transact(() => collection(plain, "cards").delete(cardId), LOCAL);
    plain.transact(() => {
      for (const [id, c] of collection(plain, "connections").entries())
        if (c.get("from") === cardId || c.get("to") === cardId) collection(plain, "connections").delete(id);
    }, LOCAL);

    expect(notes(doc).size).toBe(1);
    expect(readJourney(doc)).toEqual(readJourney(plain));
    const file = serializeJourney(readJourney(doc));
    expect(file).toBe(serializeJourney(readJourney(plain)));
    expect(file).not.toContain(DELETIONS_SEEN_ROOT);
    const store = createMapStore({ doc, role: "editor" });
    expect(store.getState().journey).toEqual(readJourney(plain));
  });

  it("is left alone by the user's undo, which brings the card back whole", () => {
    const { doc, cardId } = setUp();
    const um = createUndoManager(doc);
    deleteCards(doc, [cardId]);
    expect(notes(doc).size).toBe(1);
    expect(undoLatest(um)).toBe("done");
    expect(readJourney(doc).cards.find((c) => c.id === cardId)).toMatchObject({
      title: "Ich buche einen Termin",
      owner: "Kundenservice Köln",
    });
    expect(notes(doc).size).toBe(1);
    um.destroy();
  });
});

// An undo or redo that deletes a record notes what its page had seen of it, as a delete op does
// (src/doc/undo.ts, src/doc/ops/deletionSeen.ts): a colleague who undoes adding a card I typed into, or redoes
// deleting it, without having my text makes my page keep it however late the press arrives; one who had it raises
// nothing however soon. Pages exchange updates by hand; each presses Undo and Redo through its store, as the app does.
import { addCard, deleteCards, updateCard } from "../../src/doc/ops";
import { itemKey, readDeletionsSeen } from "../../src/doc/ops/deletionSeen";
import { collection } from "../../src/doc/schema";
import { deliver, kept, run, twoWatchedPages, type Page } from "./unseenPages";

let clock = 0;
/** My page and a colleague's, each seeing the other as present all along. */
const twoPages = () => twoWatchedPages(() => clock);
const undo = (p: Page) => p.store.getState().actions.undo();
const redo = (p: Page) => p.store.getState().actions.redo();
const cards = (p: Page) => p.store.getState().journey.cards;
const has = (p: Page, id: string) => cards(p).some((c) => c.id === id);

/** A colleague adds a card, which reaches my page; its id. */
function theyAddCard(me: Page, them: Page, stageId: string, laneId: string): string {
  let added = "";
  run(them, (d) => (added = addCard(d, { stageId, laneId, title: "Annas Karte" })));
  deliver(them, me);
  return added;
}

/** Whether the colleague's page noted deleting the card `id` now stands for (its Yjs item). */
const noted = (p: Page, id: string): boolean => {
  const item = collection(p.doc, "cards")._map.get(id);
  return item !== undefined && readDeletionsSeen(p.doc).has(itemKey(item.id));
};

beforeEach(() => {
  clock = 1_000_000;
});

describe("an undo or redo that deletes a record holding my saved change", () => {
  it("keeps my title when a colleague who never had it undoes adding the card, however late it arrives", () => {
    const { me, them, stageId, laneId } = twoPages();
    const added = theyAddCard(me, them, stageId, laneId);
    clock += 500;
    run(me, (d) => updateCard(d, added, { title: "Ich zahle „bar“ – 89 €" }));
    clock += 60_000;
    // My title went out at once (their page looked present on mine); it never reached them.
    undo(them);
    expect(has(them, added)).toBe(false);
    expect(noted(them, added)).toBe(true);
    clock += 60_000;
    deliver(them, me);
    expect(has(me, added)).toBe(false);
    expect(kept(me).map((k) => [k.targetId, k.field, k.text])).toEqual([[added, "title", "Ich zahle „bar“ – 89 €"]]);
    expect(kept(them)).toEqual([]);

    // The notes are no part of what undo tracks: redoing the add brings the card back and leaves the note alone.
    const notes = readDeletionsSeen(them.doc).size;
    redo(them);
    expect(has(them, added)).toBe(true);
    expect(readDeletionsSeen(them.doc).size).toBe(notes);
  });

  it("raises nothing when the colleague had my title, however soon their undo of the add arrives", () => {
    const { me, them, stageId, laneId } = twoPages();
    const added = theyAddCard(me, them, stageId, laneId);
    run(me, (d) => updateCard(d, added, { title: "Ich zahle „bar“ – 89 €" }));
    deliver(me, them);
    // While my title stands in their card, their page drops the undo of the add (it would take my work along);
    // they write over it and take that back (my text stands again, as their page wrote it back), then undo the add.
    run(them, (d) => updateCard(d, added, { title: "Annas Titel" }));
    undo(them);
    expect(cards(them).find((c) => c.id === added)?.title).toBe("Ich zahle „bar“ – 89 €");
    undo(them);
    expect(has(them, added)).toBe(false);
    expect(noted(them, added)).toBe(true);
    clock += 100;
    deliver(them, me);
    expect(has(me, added)).toBe(false);
    expect(kept(me)).toEqual([]);
  });

  it("keeps my text when a colleague who never had it redoes deleting the card, however late it arrives", () => {
    const { me, them, cardId } = twoPages();
    // They delete the card and take that back: it is back on both pages.
    run(them, (d) => deleteCards(d, [cardId]));
    undo(them);
    deliver(them, me);
    expect(has(me, cardId)).toBe(true);
    clock += 500;
    run(me, (d) => updateCard(d, cardId, { description: "Ich will „früh“ morgens kommen" }));
    clock += 60_000;
    redo(them);
    expect(has(them, cardId)).toBe(false);
    expect(noted(them, cardId)).toBe(true);
    clock += 60_000;
    deliver(them, me);
    expect(has(me, cardId)).toBe(false);
    expect(kept(me).map((k) => [k.targetId, k.field, k.text])).toEqual([
      [cardId, "description", "Ich will „früh“ morgens kommen"],
    ]);
  });
});

// A deletion tells exactly whether its page had my change: the deleting page notes what it had seen of the records it
// deleted (src/doc/ops/deletionSeen.ts). A colleague who had my change raises nothing, however soon they delete; one
// who did not raises a notice, however late their deletion arrives (their page looked present on mine all along, as
// a dead socket does for a while). A deletion without a note (from a page that writes none) is still told by time.
// Pages exchange updates by hand.
import * as Y from "yjs";
import { deleteCards, deleteLane, deleteStage, updateCard, updateConnection, updateStage } from "../../src/doc/ops";
import { LOCAL } from "../../src/doc";
import { collection } from "../../src/doc/schema";
import { UNSEEN_GRACE_MS } from "../../src/store/unseenEdits";
import { deliver, kept, run, twoWatchedPages, watchedPage, type Page } from "./unseenPages";

let clock = 0;
/** My page and a colleague's, each seeing the other as present all along. */
const twoPages = () => twoWatchedPages(() => clock);
const cards = (p: Page) => p.store.getState().journey.cards;

beforeEach(() => {
  clock = 1_000_000;
});

describe("a deletion of a record holding my saved change, noted with what its page had seen", () => {
  it("raises nothing when the colleague had my change and deleted at once, well within 3 s", () => {
    const { me, them, cardId, stageId, pathId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche den Ölwechsel für 89 €" }));
    run(me, (d) => updateConnection(d, pathId, { label: "nach der Bestätigung" }));
    deliver(me, them);
    clock += 200;
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 100;
    deliver(them, me);
    expect(cards(me).some((c) => c.id === cardId)).toBe(false);
    expect(kept(me)).toEqual([]);

    run(me, (d) => updateStage(d, stageId, { name: "Vor dem Besuch" }));
    deliver(me, them);
    clock += 300;
    run(them, (d) => deleteStage(d, stageId));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });

  it("keeps my text when the colleague never had it, however late the deletion arrives", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { description: "Ich will „früh“ morgens kommen" }));
    clock += 60_000;
    // Their page looked present on mine, so my change went out at once; it never reached them.
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 60_000;
    deliver(them, me);
    expect(kept(me).map((k) => [k.targetId, k.field, k.text])).toEqual([
      [cardId, "description", "Ich will „früh“ morgens kommen"],
    ]);
    expect(kept(them)).toEqual([]);
  });

  it("keeps a card's choices the same way, late, when the colleague never had them", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", emotion: -1 }));
    clock += 30_000;
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 30_000;
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text])).toEqual([["card.choices", "channel: phone\nemotion: -1"]]);
  });

  it("keeps only the change the colleague lacked: an earlier one they had is not raised", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    deliver(me, them);
    clock += 500;
    run(me, (d) => updateCard(d, cardId, { owner: "Kundenservice Köln" }));
    clock += 10_000;
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 10_000;
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text])).toEqual([["owner", "Kundenservice Köln"]]);
  });

  it("covers the cards of a stage or lane deleted with them, and a path deleted with its card", () => {
    const { me, them, stageId, cardId } = twoPages();
    // They had my title when they deleted the stage at once: nothing.
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche den Ölwechsel für 89 €" }));
    deliver(me, them);
    clock += 200;
    run(them, (d) => deleteStage(d, stageId));
    deliver(them, me);
    expect(cards(me)).toEqual([]);
    expect(kept(me)).toEqual([]);

    // A new stage with a card and a path; my texts in them never reach them before they delete the lane, late.
    const second = twoPages();
    run(second.me, (d) => updateCard(d, second.otherId, { title: "Ich hole das Auto „pünktlich“ ab" }));
    run(second.me, (d) => updateConnection(d, second.pathId, { label: "am Abend" }));
    clock += 60_000;
    run(second.them, (d) => deleteLane(d, second.laneId));
    clock += 60_000;
    deliver(second.them, second.me);
    expect(kept(second.me).map((k) => [k.targetId, k.field, k.text])).toEqual([
      [second.otherId, "title", "Ich hole das Auto „pünktlich“ ab"],
      [second.pathId, "connection.label", "am Abend"],
    ]);
  });

  it("keeps my path's label when a colleague who never had it deletes the path's card, late", () => {
    const { me, them, cardId, pathId } = twoPages();
    run(me, (d) => updateConnection(d, pathId, { label: "nach der Bestätigung" }));
    clock += 60_000;
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 60_000;
    deliver(them, me);
    expect(kept(me).map((k) => [k.targetId, k.field, k.text])).toEqual([
      [pathId, "connection.label", "nach der Bestätigung"],
    ]);
  });

  it("keeps my text when one of two colleagues deleting it at the same moment lacked it", () => {
    const { me, them, cardId } = twoPages();
    const docC = new Y.Doc();
    Y.applyUpdate(docC, Y.encodeStateAsUpdate(them.doc));
    docC.clientID = 3003;
    const third = watchedPage(docC, 1001, () => clock);
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    deliver(me, them);
    clock += 10_000;
    run(them, (d) => deleteCards(d, [cardId]));
    run(third, (d) => deleteCards(d, [cardId]));
    deliver(third, them);
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text])).toEqual([["title", "Ich buche online"]]);
  });

  it("tells by time when the deleting page writes no note, as an older page", () => {
    const { me, them, cardId, otherId, pathId } = twoPages();
    /** A deletion as a page that knows nothing of notes makes it. */
    const deleteUnnoted = (p: Page, id: string) =>
      p.doc.transact(() => {
        collection(p.doc, "connections").delete(pathId);
        collection(p.doc, "cards").delete(id);
      }, LOCAL);
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    run(me, (d) => updateCard(d, otherId, { title: "Ich bringe das Auto „morgen“" }));
    deliver(me, them);
    clock += 500;
    // Both had my change; the page that notes it raises nothing, the one that does not is within the grace.
    run(them, (d) => deleteCards(d, [otherId]));
    deleteUnnoted(them, cardId);
    deliver(them, me);
    expect(kept(me).map((k) => [k.targetId, k.text])).toEqual([[cardId, "Ich buche online"]]);
  });

  it("tells by time past the grace too, when the deleting page writes no note", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    clock += UNSEEN_GRACE_MS + 1000;
    // They never had my change, but without a note the page cannot tell: past the grace, nothing is raised.
    them.doc.transact(() => collection(them.doc, "cards").delete(cardId), LOCAL);
    deliver(them, me);
    expect(kept(me)).toEqual([]);
    // A noted deletion at the same time raises it.
    const again = twoPages();
    run(again.me, (d) => updateCard(d, again.cardId, { title: "Ich buche online" }));
    clock += UNSEEN_GRACE_MS + 1000;
    run(again.them, (d) => deleteCards(d, [again.cardId]));
    deliver(again.them, again.me);
    expect(kept(again.me).map((k) => k.text)).toEqual(["Ich buche online"]);
  });
});

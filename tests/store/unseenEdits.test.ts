// Text I saved into a card, stage, lane or path that a colleague deleted before my change could reach them is kept
// on my page (Yjs drops it with the record everywhere), as a draft typed into a deleted record is; a deletion by
// someone who had my text in front of them for a while keeps nothing. Two pages, each with its own document and
// store, exchange updates by hand, so the test says which change reached which page when.
import * as Y from "yjs";
import { deleteCards, deleteStage, disconnect, updateCard, updateConnection, updateStage } from "../../src/doc/ops";
import { SYSTEM } from "../../src/doc";
import { collection } from "../../src/doc/schema";
import { createMapStore, type MapStore } from "../../src/store";
import { UNSEEN_GRACE_MS, watchUnseenEdits } from "../../src/store/unseenEdits";
import { deliver, twoCardDocs } from "./unseenPages";

interface Page {
  doc: Y.Doc;
  store: MapStore;
  heard: (peers?: readonly number[]) => void;
}

let clock = 0;
/** The colleagues connected as my page sees them (their presence's client ids). */
let here: number[] = [];
const THEM = 7;
const LATECOMER = 8;

function page(doc: Y.Doc): Page {
  const store = createMapStore({ doc, role: "editor" });
  const watch = watchUnseenEdits(doc, {
    journey: () => store.getState().journey,
    keep: (kept) => store.getState().actions.keepIfDeleted(kept),
    peers: () => here,
    now: () => clock,
  });
  return { doc, store, heard: watch.heard };
}

function twoPages() {
  const { mine, theirs, stageId, cardId, pathId } = twoCardDocs();
  return { me: page(mine), them: page(theirs), stageId, cardId, pathId };
}

const run = (p: Page, op: (doc: Y.Doc) => unknown) => p.store.getState().actions.run(op);
const kept = (p: Page) => p.store.getState().ui.keptTexts;

beforeEach(() => {
  clock = 1_000_000;
  here = [THEM];
});

describe("a text I saved into something a colleague deleted before my change reached them", () => {
  it("is kept with what puts the card back, when both changes were made before either arrived", () => {
    const { me, them, cardId, stageId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche den Ölwechsel für 89 €" }));
    clock += 100;
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(me, them);
    clock += 100;
    deliver(them, me);
    expect(me.store.getState().journey.cards.some((c) => c.id === cardId)).toBe(false);
    expect(kept(me)).toEqual([
      expect.objectContaining({
        targetId: cardId,
        field: "title",
        text: "Ich buche den Ölwechsel für 89 €",
        putBack: {
          kind: "card",
          card: expect.objectContaining({ stageId, title: "Ich buche den Ölwechsel für 89 €" }),
        },
      }),
    ]);
    // The deleter lost nothing of theirs and is told nothing.
    expect(kept(them)).toEqual([]);
  });

  it("keeps a stage's name and a path's label the same way", () => {
    const { me, them, stageId, pathId } = twoPages();
    run(me, (d) => updateStage(d, stageId, { name: "Vor dem Besuch" }));
    run(me, (d) => updateConnection(d, pathId, { label: "nach der Bestätigung" }));
    run(them, (d) => {
      disconnect(d, [pathId]);
      deleteStage(d, stageId);
    });
    clock += 200;
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text, k.putBack.kind])).toEqual([
      ["stage.name", "Vor dem Besuch", "stage"],
      ["connection.label", "nach der Bestätigung", "connection"],
    ]);
    expect(kept(me)[0]!.putBack).toEqual({ kind: "stage", stage: { name: "Vor dem Besuch", index: 0 } });
  });

  it("is kept when I changed it offline and the deletion arrives on reconnecting, however long ago I wrote it", () => {
    here = [];
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { description: "Ich will „früh“ morgens kommen" }));
    clock += 10 * 60_000;
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 20 * 60_000;
    // Back online: their presence arrives first, then the server's answer with their deletion.
    here = [THEM];
    me.heard([THEM]);
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text])).toEqual([["description", "Ich will „früh“ morgens kommen"]]);
  });

  it("keeps nothing when the deleter had my change in front of them for a while", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    deliver(me, them);
    clock += UNSEEN_GRACE_MS + 60_000;
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing when I changed it alone and a colleague who joined later deleted it after a while", () => {
    here = [];
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    clock += 60_000;
    // They open the map (their presence reaches me) and get my change with it.
    here = [THEM];
    me.heard([THEM]);
    deliver(me, them);
    clock += UNSEEN_GRACE_MS + 1000;
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });

  it("is kept when a colleague who was away as I saved it comes back with a deletion made meanwhile", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { owner: "Kundenservice Köln" }));
    clock += 60_000;
    // They were offline all along, and deleted the card there; then they come back.
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 5 * 60_000;
    here = [THEM, LATECOMER];
    me.heard([LATECOMER]);
    clock += 300;
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text])).toEqual([["owner", "Kundenservice Köln"]]);
  });

  it("keeps nothing when I come back online to a deletion by a colleague who had my change before I left", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    deliver(me, them);
    clock += 60_000;
    // I go offline; they delete the card meanwhile; I come back and their presence and deletion reach me.
    here = [];
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 5 * 60_000;
    here = [THEM];
    me.heard([THEM]);
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing when the deleter had replaced my text first, or when I deleted it myself", () => {
    const { me, them, cardId, pathId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    deliver(me, them);
    run(them, (d) => updateCard(d, cardId, { title: "Ich rufe an" }));
    deliver(them, me);
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    run(me, (d) => updateConnection(d, pathId, { label: "sofort" }));
    run(me, (d) => disconnect(d, [pathId]));
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing of what my page wrote by itself, such as a stage renumbered, when it is deleted meanwhile", () => {
    const { me, them, stageId } = twoPages();
    me.doc.transact(() => collection(me.doc, "stages").get(stageId)?.set("name", "Phase 5"), SYSTEM);
    expect(me.store.getState().journey.stages[0]!.name).toBe("Phase 5");
    run(them, (d) => deleteStage(d, stageId));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });
});

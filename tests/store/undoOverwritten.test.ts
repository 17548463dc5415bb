// @vitest-environment jsdom
// Undo on a shared map takes back my latest step only. When a colleague has changed since what it changed, the
// step is dropped with a sentence and their work stays; the press does not quietly take back an older step of mine.
import * as Y from "yjs";
import { blankJourney, loadJourney, readJourney } from "../../src/doc";
import { addCard, updateCard } from "../../src/doc/ops";
import { createMapStore } from "../../src/store";
import { i18n, initI18n } from "../../src/i18n";

function sharedMap() {
  const doc = new Y.Doc();
  const journey = blankJourney("Schaden melden", "de");
  loadJourney(doc, journey);
  const card = addCard(doc, { stageId: journey.stages[0]!.id, laneId: journey.lanes[1]!.id, title: "Ich melde" });
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  // The colleague has everything I did before they change something.
  const fromPeer = (change: (d: Y.Doc) => void) => {
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)), "remote");
    change(peer);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), "remote");
  };
  const store = createMapStore({ doc, role: "editor" });
  const read = () => readJourney(doc).cards.find((c) => c.id === card)!;
  return { store, card, fromPeer, read };
}

beforeEach(async () => {
  initI18n("en");
  await i18n.changeLanguage("en");
});

describe("Undo and Redo on a map others change too", () => {
  it("say that a step a colleague overtook was dropped, and take back the older step only on the next press", () => {
    const { store, card, fromPeer, read } = sharedMap();
    const { actions } = store.getState();
    actions.run((d) => updateCard(d, card, { title: "Ich melde den Schaden" }));
    actions.run((d) => updateCard(d, card, { description: "meine Notiz" }));
    fromPeer((d) => updateCard(d, card, { description: "Annas Notiz über 500 €" }));

    actions.undo();
    expect(read()).toMatchObject({ title: "Ich melde den Schaden", description: "Annas Notiz über 500 €" });
    expect(store.getState().ui.error).toBe(
      "Nothing was undone: someone else has changed since what your last change changed, and their work stays. Press Undo again for your change before it.",
    );
    expect(store.getState().canUndo).toBe(true);

    actions.undo();
    expect(read()).toMatchObject({ title: "Ich melde", description: "Annas Notiz über 500 €" });
    expect(store.getState().ui.error).toBeNull();
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().canRedo).toBe(true);
  });

  it("say it in German on a German page", async () => {
    await i18n.changeLanguage("de");
    const { store, card, fromPeer } = sharedMap();
    store.getState().actions.run((d) => updateCard(d, card, { title: "Neu" }));
    fromPeer((d) => updateCard(d, card, { title: "Annas Titel" }));
    store.getState().actions.undo();
    expect(store.getState().ui.error).toContain("Nichts wurde rückgängig gemacht");
  });

  it("say that a redo a colleague overtook was dropped", () => {
    const { store, card, fromPeer, read } = sharedMap();
    const { actions } = store.getState();
    actions.run((d) => updateCard(d, card, { title: "Meiner" }));
    actions.undo();
    fromPeer((d) => updateCard(d, card, { title: "Annas Titel" }));
    actions.redo();
    expect(read().title).toBe("Annas Titel");
    expect(store.getState().ui.error).toContain("Nothing was redone");
    expect(store.getState().canRedo).toBe(false);
  });
});

// Undo takes back the latest step only. When someone else has changed since what that step changed, the step is
// dropped and said to be, instead of Yjs passing over it and quietly undoing an older change in the same press.
import * as Y from "yjs";
import { readJourney, type Journey } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { addCard, updateCard } from "../../src/doc/ops";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";

const journey: Journey = {
  id: "j",
  title: "Schaden melden",
  language: "de",
  stages: [{ id: "st", name: "Melden" }],
  lanes: [{ id: "ln", name: "Aktionen", kind: "actions" }],
  cards: [{ id: "c", stageId: "st", laneId: "ln", title: "Ich melde", description: "alt" }],
  connections: [],
};

/** Two peers wired together, as the server would relay their updates. */
function peers(): { mine: Y.Doc; theirs: Y.Doc } {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on("update", (u: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(theirs, u, "relay"));
  theirs.on("update", (u: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(mine, u, "relay"));
  loadJourney(mine, journey);
  return { mine, theirs };
}

const card = (doc: Y.Doc) => readJourney(doc).cards[0]!;

describe("one press of Undo", () => {
  it("drops a step someone else has changed since, says so, and leaves the older step for the next press", () => {
    const { mine, theirs } = peers();
    const um = createUndoManager(mine);
    updateCard(mine, "c", { title: "Ich melde den Schaden" });
    um.stopCapturing();
    updateCard(mine, "c", { description: "neu" });
    um.stopCapturing();
    updateCard(theirs, "c", { description: "Annas Text über 500 €" });

    expect(undoLatest(um)).toBe("overwritten");
    // Nothing of mine was taken back yet, and nothing of theirs.
    expect(card(mine)).toMatchObject({ title: "Ich melde den Schaden", description: "Annas Text über 500 €" });
    expect(um.undoStack).toHaveLength(1);

    expect(undoLatest(um)).toBe("done");
    expect(card(mine)).toMatchObject({ title: "Ich melde", description: "Annas Text über 500 €" });
    expect(card(theirs).title).toBe("Ich melde");
    expect(undoLatest(um)).toBe("nothing");
  });

  it("takes back the latest step as ever when nobody changed it since, and redo brings it back", () => {
    const { mine } = peers();
    const um = createUndoManager(mine);
    updateCard(mine, "c", { title: "Eins" });
    um.stopCapturing();
    updateCard(mine, "c", { title: "Zwei" });
    um.stopCapturing();
    expect(undoLatest(um)).toBe("done");
    expect(card(mine).title).toBe("Eins");
    expect(um.undoStack).toHaveLength(1);
    expect(um.redoStack).toHaveLength(1);
    expect(redoLatest(um)).toBe("done");
    expect(card(mine).title).toBe("Zwei");
    expect(redoLatest(um)).toBe("nothing");
  });

  it("drops a redo someone else has overtaken, without redoing an older undone step", () => {
    const { mine, theirs } = peers();
    const um = createUndoManager(mine);
    updateCard(mine, "c", { title: "Eins" });
    um.stopCapturing();
    updateCard(mine, "c", { description: "meins" });
    um.stopCapturing();
    expect(undoLatest(um)).toBe("done");
    expect(undoLatest(um)).toBe("done");
    expect(card(mine)).toMatchObject({ title: "Ich melde", description: "alt" });
    // The title, undone last, is the next redo; a colleague changes the title meanwhile.
    updateCard(theirs, "c", { title: "Annas Titel" });
    expect(redoLatest(um)).toBe("overwritten");
    expect(card(mine)).toMatchObject({ title: "Annas Titel", description: "alt" });
    expect(redoLatest(um)).toBe("done");
    expect(card(mine)).toMatchObject({ title: "Annas Titel", description: "meins" });
  });

  it("does not take back a card I added once a colleague wrote into it, and says so", () => {
    const { mine, theirs } = peers();
    const um = createUndoManager(mine);
    const id = addCard(mine, { stageId: "st", laneId: "ln", title: "Neue Karte" });
    um.stopCapturing();
    updateCard(theirs, id, { title: "Ich rufe die Hotline an (Annas Text, 5 €)" });

    expect(undoLatest(um)).toBe("overwritten");
    // The card stays for both, with the colleague's title; the step is gone, so the next press is the one before.
    expect(readJourney(mine).cards.find((c) => c.id === id)?.title).toBe("Ich rufe die Hotline an (Annas Text, 5 €)");
    expect(readJourney(theirs).cards.some((c) => c.id === id)).toBe(true);
    expect(um.undoStack).toHaveLength(0);
  });

  it("takes back a card I added and only I changed, also after a colleague's change was taken back by mine", () => {
    const { mine, theirs } = peers();
    const um = createUndoManager(mine);
    const id = addCard(mine, { stageId: "st", laneId: "ln", title: "Neue Karte" });
    um.stopCapturing();
    updateCard(mine, id, { title: "Ich melde den Schaden" });
    expect(undoLatest(um)).toBe("done");
    expect(undoLatest(um)).toBe("done");
    expect(readJourney(theirs).cards.some((c) => c.id === id)).toBe(false);
    // Someone else edits another card meanwhile: my card's step is still mine alone.
    const second = addCard(mine, { stageId: "st", laneId: "ln", title: "Zweite" });
    um.stopCapturing();
    updateCard(theirs, "c", { description: "Anna" });
    expect(undoLatest(um)).toBe("done");
    expect(readJourney(mine).cards.some((c) => c.id === second)).toBe(false);
  });
});

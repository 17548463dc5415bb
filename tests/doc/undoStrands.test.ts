// Undo and redo never strand a colleague's work: a stage, lane or card I made stays while their card or path uses
// it, and a card never ends in a stage or lane that is gone (the snapshot would leave it out of every view).
import * as Y from "yjs";
import { readJourney, type Journey } from "../../src/doc";
import { loadComments, loadJourney } from "../../src/doc/load";
import {
  addCard,
  addLane,
  addStage,
  connect,
  deleteCards,
  deleteStage,
  moveCard,
  rehomeOrphanCards,
  updateCard,
  updateStage,
} from "../../src/doc/ops";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";
import { exchange, peerOf } from "./helpers";

const journey: Journey = {
  id: "j",
  title: "Schaden melden",
  language: "de",
  stages: [
    { id: "st", name: "Melden" },
    { id: "st2", name: "Prüfen" },
  ],
  lanes: [{ id: "ln", name: "Aktionen", kind: "actions" }],
  cards: [
    { id: "c", stageId: "st", laneId: "ln", title: "Ich melde" },
    { id: "k", stageId: "st2", laneId: "ln", title: "Ich warte auf Post" },
  ],
  connections: [],
};

/** Two peers wired together, as the server would relay their updates. */
function peers(): { mine: Y.Doc; theirs: Y.Doc; um: Y.UndoManager } {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on("update", (u: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(theirs, u, "relay"));
  theirs.on("update", (u: Uint8Array, origin: unknown) => origin !== "relay" && Y.applyUpdate(mine, u, "relay"));
  loadJourney(mine, journey);
  return { mine, theirs, um: createUndoManager(mine) };
}

const stageIds = (doc: Y.Doc) => readJourney(doc).stages.map((s) => s.id);
const laneIds = (doc: Y.Doc) => readJourney(doc).lanes.map((l) => l.id);
const shown = (doc: Y.Doc, id: string) => readJourney(doc).cards.find((c) => c.id === id);

describe("undo of a stage or lane I added", () => {
  it("keeps the stage, and says so, once a colleague added a card in it", () => {
    const { mine, theirs, um } = peers();
    const stage = addStage(mine, { name: "Phase 3" });
    um.stopCapturing();
    const card = addCard(theirs, { stageId: stage, laneId: "ln", title: "Ich rufe an (Annas Karte, 5 €)" });

    expect(undoLatest(um)).toBe("overwritten");
    for (const doc of [mine, theirs]) {
      expect(stageIds(doc)).toContain(stage);
      expect(shown(doc, card)?.title).toBe("Ich rufe an (Annas Karte, 5 €)");
    }
    expect(um.undoStack).toHaveLength(0);
  });

  it("keeps the stage once a colleague moved a card of theirs into it", () => {
    const { mine, theirs, um } = peers();
    const stage = addStage(mine, { name: "Phase 3" });
    um.stopCapturing();
    moveCard(theirs, "k", { stageId: stage, laneId: "ln" });

    expect(undoLatest(um)).toBe("overwritten");
    expect(shown(mine, "k")?.stageId).toBe(stage);
    expect(shown(theirs, "k")?.stageId).toBe(stage);
  });

  it("keeps the lane once a colleague added a card in it", () => {
    const { mine, theirs, um } = peers();
    const lane = addLane(mine, { name: "Was mich stört", kind: "painPoints" });
    um.stopCapturing();
    const card = addCard(theirs, { stageId: "st", laneId: lane, title: "Die Hotline ist besetzt" });

    expect(undoLatest(um)).toBe("overwritten");
    expect(laneIds(mine)).toContain(lane);
    expect(shown(theirs, card)?.laneId).toBe(lane);
  });

  it("keeps the stage while my own card in it stays because a colleague wrote into that card", () => {
    const { mine, theirs, um } = peers();
    const stage = addStage(mine, { name: "Phase 3" });
    um.stopCapturing();
    const card = addCard(mine, { stageId: stage, laneId: "ln", title: "Neue Karte" });
    um.stopCapturing();
    updateCard(theirs, card, { title: "Ich lade das Foto hoch (Anna)" });

    expect(undoLatest(um)).toBe("overwritten"); // the card: their words are in it
    expect(undoLatest(um)).toBe("overwritten"); // the stage: the card lives in it
    expect(shown(mine, card)).toMatchObject({ stageId: stage, title: "Ich lade das Foto hoch (Anna)" });
  });

  it("still takes the stage back once the colleague's card left it again, and redo brings it back", () => {
    const { mine, theirs, um } = peers();
    const stage = addStage(mine, { name: "Phase 3" });
    um.stopCapturing();
    moveCard(theirs, "k", { stageId: stage, laneId: "ln" });
    moveCard(theirs, "k", { stageId: "st2", laneId: "ln" });

    expect(undoLatest(um)).toBe("done");
    expect(stageIds(theirs)).toEqual(["st", "st2"]);
    expect(redoLatest(um)).toBe("done");
    expect(stageIds(theirs)).toEqual(["st", "st2", stage]);
  });

  it("takes back a stage and my card in it one step after the other when nobody else used them", () => {
    const { mine, theirs, um } = peers();
    const stage = addStage(mine, { name: "Phase 3" });
    um.stopCapturing();
    addCard(mine, { stageId: stage, laneId: "ln", title: "Neue Karte" });
    um.stopCapturing();
    updateCard(theirs, "c", { title: "Ich melde den Schaden (Anna)" });

    expect(undoLatest(um)).toBe("done");
    expect(undoLatest(um)).toBe("done");
    expect(stageIds(theirs)).toEqual(["st", "st2"]);
    expect(readJourney(theirs).cards.map((c) => c.id)).toEqual(["c", "k"]);
  });
});

describe("undo of a card I added", () => {
  it("keeps the card once a colleague drew a path from their card to it", () => {
    const { mine, theirs, um } = peers();
    const card = addCard(mine, { stageId: "st2", laneId: "ln", title: "Ich bekomme Post" });
    um.stopCapturing();
    const path = connect(theirs, "c", card, "danach");

    expect(undoLatest(um)).toBe("overwritten");
    expect(shown(mine, card)).toBeDefined();
    expect(readJourney(theirs).connections.map((c) => c.id)).toEqual([path]);
  });
});

describe("undo and redo of a move", () => {
  it("leaves my card where I moved it when a colleague has since deleted the stage it came from", () => {
    const { mine, theirs, um } = peers();
    moveCard(mine, "c", { stageId: "st2", laneId: "ln" });
    um.stopCapturing();
    deleteStage(theirs, "st");

    expect(undoLatest(um)).toBe("overwritten");
    // Without this the card would go back to a stage that is gone, and drop out of every view.
    expect(shown(mine, "c")?.stageId).toBe("st2");
    expect(shown(theirs, "c")?.stageId).toBe("st2");
  });

  it("does not redo a move into a stage a colleague has since deleted", () => {
    const { mine, theirs, um } = peers();
    const stage = addStage(theirs, { name: "Phase 3" });
    moveCard(mine, "c", { stageId: stage, laneId: "ln" });
    um.stopCapturing();
    expect(undoLatest(um)).toBe("done");
    expect(shown(theirs, "c")?.stageId).toBe("st");
    deleteStage(theirs, stage);

    expect(redoLatest(um)).toBe("overwritten");
    expect(shown(mine, "c")?.stageId).toBe("st");
  });
});

describe("undo of my move into a stage a colleague deleted since", () => {
  it("changes nothing when their delete took the card along, and their own undo brings both back", () => {
    const { mine, theirs, um } = peers();
    moveCard(mine, "c", { stageId: "st2", laneId: "ln" });
    um.stopCapturing();
    const theirUndo = createUndoManager(theirs);
    deleteStage(theirs, "st2");

    expect(undoLatest(um)).toBe("overwritten");
    expect(shown(mine, "c")).toBeUndefined();
    expect(undoLatest(theirUndo)).toBe("done");
    expect(shown(mine, "c")?.stageId).toBe("st2");
  });

  it("brings the card back to where it came from when their delete crossed my move and left it in no stage", () => {
    const mine = new Y.Doc();
    loadJourney(mine, journey);
    const theirs = peerOf(mine);
    const um = createUndoManager(mine);
    moveCard(mine, "c", { stageId: "st2", laneId: "ln" });
    um.stopCapturing();
    deleteStage(theirs, "st2"); // they did not see my move yet: the card is not deleted with the stage
    exchange(mine, theirs);
    expect(shown(mine, "c")).toBeUndefined();

    expect(undoLatest(um)).toBe("done");
    exchange(mine, theirs);
    expect(shown(theirs, "c")?.stageId).toBe("st");
  });
});

describe("undo and redo of a deletion", () => {
  it("does not redo my stage deletion once a colleague added a card in the stage it brought back", () => {
    const { mine, theirs, um } = peers();
    deleteStage(mine, "st2");
    um.stopCapturing();
    expect(undoLatest(um)).toBe("done");
    expect(shown(theirs, "k")?.stageId).toBe("st2");
    const card = addCard(theirs, { stageId: "st2", laneId: "ln", title: "Ich frage nach (Anna)" });

    expect(redoLatest(um)).toBe("overwritten");
    expect(stageIds(mine)).toEqual(["st", "st2"]);
    expect(shown(mine, card)?.stageId).toBe("st2");
  });

  it("does not redo my card deletion once a colleague wrote into the card it brought back", () => {
    const { mine, theirs, um } = peers();
    deleteCards(mine, ["k"]);
    um.stopCapturing();
    expect(undoLatest(um)).toBe("done");
    updateCard(theirs, "k", { description: "Annas Notiz: „Brief kam nicht an“" });

    expect(redoLatest(um)).toBe("overwritten");
    expect(shown(mine, "k")?.description).toBe("Annas Notiz: „Brief kam nicht an“");
  });

  it("brings back my deleted card whose stage a colleague deleted since, and the card gets a home", () => {
    const { mine, theirs, um } = peers();
    deleteCards(mine, ["k"]);
    um.stopCapturing();
    deleteStage(theirs, "st2");

    expect(undoLatest(um)).toBe("done");
    // What an editor's page does after an undo: the card comes back in the first stage instead of nowhere.
    expect(rehomeOrphanCards(mine)).toEqual(["k"]);
    expect(shown(theirs, "k")).toMatchObject({ stageId: "st", title: "Ich warte auf Post" });
  });
});

describe("undo with the map's comments", () => {
  const threadOn = (kind: "stage" | "card", id: string) => ({
    id: "cm_1",
    anchor: { kind, id },
    author: "Anna",
    text: "Hier fehlt der Rückruf – „dringend“",
    createdAt: "2026-12-05T09:00:00.000Z",
    resolved: false,
    replies: [],
  });

  it("keeps a stage I added once someone started a comment thread on it", () => {
    const { mine, um } = peers();
    const comments = new Y.Doc();
    const stage = addStage(mine, { name: "Phase 3" });
    um.stopCapturing();
    loadComments(comments, [threadOn("stage", stage)]);

    expect(undoLatest(um, comments)).toBe("overwritten");
    expect(stageIds(mine)).toContain(stage);
    expect(readJourney(mine, comments).comments?.[0]?.anchor).toMatchObject({ kind: "stage", id: stage });
  });

  it("keeps a card I added once someone started a comment thread on it, and takes it back without one", () => {
    const { mine, um } = peers();
    const comments = new Y.Doc();
    const card = addCard(mine, { stageId: "st", laneId: "ln", title: "Neue Karte" });
    um.stopCapturing();
    loadComments(comments, [threadOn("card", card)]);
    expect(undoLatest(um, comments)).toBe("overwritten");
    expect(shown(mine, card)).toBeDefined();

    const other = addCard(mine, { stageId: "st", laneId: "ln", title: "Zweite" });
    um.stopCapturing();
    expect(undoLatest(um, comments)).toBe("done");
    expect(shown(mine, other)).toBeUndefined();
  });
});

describe("undo of a deletion that met a colleague's change at the same moment", () => {
  /** Two peers that exchange only when told, so edits can cross. */
  function crossing(): { mine: Y.Doc; theirs: Y.Doc; um: Y.UndoManager } {
    const mine = new Y.Doc();
    loadJourney(mine, journey);
    return { mine, theirs: peerOf(mine), um: createUndoManager(mine) };
  }

  it("brings my deleted card back whole, with a title, although a colleague retitled it as I deleted it", () => {
    const { mine, theirs, um } = crossing();
    deleteCards(mine, ["k"]);
    um.stopCapturing();
    updateCard(theirs, "k", { title: "Ich warte auf den Brief (Anna)" });
    exchange(mine, theirs);
    expect(shown(mine, "k")).toBeUndefined();

    expect(undoLatest(um)).toBe("done");
    exchange(mine, theirs);
    // Yjs leaves the field out of the copy it brings back; the card needs its title to be shown at all.
    for (const doc of [mine, theirs]) expect(shown(doc, "k")).toMatchObject({ stageId: "st2", laneId: "ln" });
    expect(["Ich warte auf Post", "Ich warte auf den Brief (Anna)"]).toContain(shown(mine, "k")?.title);
    // Redo deletes it again, and undo brings it back once more.
    expect(redoLatest(um)).toBe("done");
    expect(shown(mine, "k")).toBeUndefined();
    expect(undoLatest(um)).toBe("done");
    expect(shown(theirs, "k")).toBeDefined();
  });

  it("brings my deleted stage back with its name and cards although a colleague renamed it as I deleted it", () => {
    const { mine, theirs, um } = crossing();
    deleteStage(mine, "st2");
    um.stopCapturing();
    updateStage(theirs, "st2", { name: "Prüfen lassen" });
    exchange(mine, theirs);

    expect(undoLatest(um)).toBe("done");
    exchange(mine, theirs);
    expect(stageIds(theirs)).toEqual(["st", "st2"]);
    expect(shown(theirs, "k")?.stageId).toBe("st2");
  });

  it("keeps the title of a card when my retitle, which won over a colleague's at the same moment, is undone", () => {
    const { mine, theirs, um } = crossing();
    // Yjs lets the write of the higher client id win a tie: mine.
    mine.clientID = 900;
    theirs.clientID = 100;
    updateCard(mine, "c", { title: "Ich melde online" });
    um.stopCapturing();
    updateCard(theirs, "c", { title: "Ich melde per Telefon (Anna)" });
    exchange(mine, theirs);
    expect(shown(mine, "c")?.title).toBe("Ich melde online");

    expect(undoLatest(um)).toBe("done");
    exchange(mine, theirs);
    // Yjs takes my title away and brings none back: the card would drop out of every view.
    expect(["Ich melde", "Ich melde per Telefon (Anna)"]).toContain(shown(theirs, "c")?.title);
    expect(readJourney(mine)).toEqual(readJourney(theirs));
  });
});

// Undo and redo take back the user's own edits only: loads and other people's changes stay.
import * as Y from "yjs";
import { createUndoManager, readJourney } from "../../src/doc";
import { addCard, deleteStage, moveCard, updateCard, updateStage } from "../../src/doc/ops";
import { cell, ids, peerOf, tinyDoc } from "./helpers";

describe("undo and redo", () => {
  it("undoes and redoes local ops one step at a time", () => {
    const doc = tinyDoc();
    const undo = createUndoManager(doc);
    updateCard(doc, "cd_a", { title: "I open the reminder" });
    undo.stopCapturing();
    moveCard(doc, "cd_e", { stageId: "st_b", laneId: "ln_tp", index: 0 });
    undo.stopCapturing();
    const added = addCard(doc, { stageId: "st_a", laneId: "ln_do", title: "I sigh" });

    undo.undo();
    expect(cell(doc, "st_a", "ln_do")).toEqual(["cd_a"]);
    undo.undo();
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_d", "cd_e"]);
    undo.undo();
    expect(readJourney(doc).cards[0]?.title).toBe("I read the reminder");
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    undo.redo();
    undo.redo();
    expect(readJourney(doc).cards[0]?.title).toBe("I open the reminder");
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_e", "cd_d"]);
    expect(cell(doc, "st_a", "ln_do")).toEqual(["cd_a", added]);
  });

  it("brings back a deleted stage with its cards and connections in one step", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    const undo = createUndoManager(doc);
    deleteStage(doc, "st_b");
    undo.undo();
    expect(readJourney(doc)).toEqual(before);
  });

  it("does not undo the load of the map", () => {
    const doc = tinyDoc();
    const undo = createUndoManager(doc);
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(ids(readJourney(doc).cards)).toHaveLength(5);
  });

  it("leaves a remote change alone when undoing a local one", () => {
    const doc = tinyDoc();
    const remote = peerOf(doc);
    const undo = createUndoManager(doc);

    updateStage(doc, "st_a", { name: "Notice (local)" });
    undo.stopCapturing();
    // Another person renames the other stage and retitles a card; the update arrives over the wire.
    const stateBefore = Y.encodeStateVector(remote);
    updateStage(remote, "st_b", { name: "Renew (remote)" });
    updateCard(remote, "cd_a", { title: "Remote title" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, stateBefore), "remote");

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    const j = readJourney(doc);
    expect(j.stages.map((s) => s.name)).toEqual(["Notice", "Renew (remote)"]);
    expect(j.cards[0]?.title).toBe("Remote title");
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    expect(readJourney(doc).stages.map((s) => s.name)).toEqual(["Notice (local)", "Renew (remote)"]);
  });

  it("does not resurrect what a remote peer changed on the same record afterwards", () => {
    const doc = tinyDoc();
    const remote = peerOf(doc);
    const undo = createUndoManager(doc);

    updateCard(doc, "cd_b", { title: "Local title" });
    undo.stopCapturing();
    const stateBefore = Y.encodeStateVector(remote);
    updateCard(remote, "cd_b", { channel: "letter" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, stateBefore), "remote");

    undo.undo();
    const card = readJourney(doc).cards.find((c) => c.id === "cd_b");
    expect(card?.title).toBe("I get an email");
    expect(card?.channel).toBe("letter");
  });
});

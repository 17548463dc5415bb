// Someone working alone can take back every step and redo it, whatever the steps were: the checks that keep a
// colleague's work from being stranded (src/doc/undo.ts) never stop a step of one's own. Seeded random edits.
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import {
  addCard,
  addLane,
  addStage,
  connect,
  deleteCards,
  deleteLane,
  deleteSelection,
  deleteStage,
  disconnect,
  moveCard,
  moveCards,
  updateCard,
  updateStage,
} from "../../src/doc/ops";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";
import { tinyDoc } from "./helpers";
import { seeded as random } from "../../bench/harden/mutate";

function randomStep(doc: Y.Doc, next: () => number): void {
  const j = readJourney(doc);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
  const stage = pick(j.stages)?.id;
  const lane = pick(j.lanes)?.id;
  const card = pick(j.cards)?.id;
  const other = pick(j.cards)?.id;
  const choice = Math.floor(next() * 12);
  if (choice === 0) addStage(doc, { name: `Phase ${j.stages.length + 1}`, index: Math.floor(next() * 4) });
  else if (choice === 1) addLane(doc, { name: "Was mich stört", kind: "painPoints" });
  else if (choice <= 3 && stage && lane) addCard(doc, { stageId: stage, laneId: lane, title: "Ich prüfe „alles“" });
  else if (choice === 4 && card && stage && lane) moveCard(doc, card, { stageId: stage, laneId: lane, index: 0 });
  else if (choice === 5 && card && other && stage && lane) {
    moveCards(doc, [
      { id: card, stageId: stage, laneId: lane },
      { id: other, stageId: stage, laneId: lane, index: 0 },
    ]);
  } else if (choice === 6 && card) updateCard(doc, card, { title: `Titel ${Math.floor(next() * 100)} €` });
  else if (choice === 7 && card && other && card !== other) connect(doc, card, other);
  else if (choice === 8 && card) deleteCards(doc, [card]);
  else if (choice === 9 && stage && j.stages.length > 1) deleteStage(doc, stage);
  else if (choice === 10 && lane && j.lanes.length > 1) {
    if (next() < 0.5) deleteLane(doc, lane);
    else deleteSelection(doc, { lanes: [lane], cards: card ? [card] : [] });
  } else if (choice === 11) {
    const path = pick(j.connections)?.id;
    if (path) disconnect(doc, [path]);
    else if (stage) updateStage(doc, stage, { name: "Prüfen" });
  }
}

describe("undo and redo for someone working alone", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`takes back every step and redoes it (seed ${seed})`, () => {
      const doc = tinyDoc();
      const start = readJourney(doc);
      const um = createUndoManager(doc);
      const next = random(seed);
      for (let i = 0; i < 60; i++) {
        randomStep(doc, next);
        um.stopCapturing();
      }
      const end = readJourney(doc);
      const steps = um.undoStack.length;
      for (let i = 0; i < steps; i++) expect(undoLatest(um)).toBe("done");
      expect(readJourney(doc)).toEqual(start);
      for (let i = 0; i < steps; i++) expect(redoLatest(um)).toBe("done");
      expect(readJourney(doc)).toEqual(end);
    });
  }
});

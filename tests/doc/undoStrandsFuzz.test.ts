// Seeded random edits by me and a colleague, with my Undo and Redo pressed in between: a press never leaves a card
// or path that was shown before it in the document but out of the snapshot (a stage, lane or card it refers to gone).
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { addCard, addLane, addStage, connect, deleteCards, deleteStage, moveCard, updateCard } from "../../src/doc/ops";
import { collection, recordEntries } from "../../src/doc/schema";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";
import { tinyDoc } from "./helpers";

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function edit(doc: Y.Doc, next: () => number): void {
  const j = readJourney(doc);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
  const stage = pick(j.stages)?.id;
  const lane = pick(j.lanes)?.id;
  const card = pick(j.cards)?.id;
  const other = pick(j.cards)?.id;
  const choice = Math.floor(next() * 9);
  if (choice === 0) addStage(doc, { name: "Phase" });
  else if (choice === 1) addLane(doc, { name: "Was mich stört", kind: "painPoints" });
  else if (choice <= 3 && stage && lane) addCard(doc, { stageId: stage, laneId: lane, title: "Ich prüfe" });
  else if (choice === 4 && card && stage && lane) moveCard(doc, card, { stageId: stage, laneId: lane });
  else if (choice === 5 && card) updateCard(doc, card, { title: "Annas Titel – 5 €" });
  else if (choice === 6 && card && other && card !== other) connect(doc, card, other);
  else if (choice === 7 && card) deleteCards(doc, [card]);
  else if (choice === 8 && stage && j.stages.length > 1) deleteStage(doc, stage);
}

/** Ids of cards and paths that are records in the document. */
const records = (doc: Y.Doc) =>
  new Set(
    [...recordEntries(collection(doc, "cards")), ...recordEntries(collection(doc, "connections"))].map(([id]) => id),
  );
const shown = (doc: Y.Doc) => {
  const j = readJourney(doc);
  return new Set([...j.cards, ...j.connections].map((x) => x.id));
};

describe("undo and redo while a colleague edits", () => {
  for (const seed of [11, 12, 13, 14, 15, 20]) {
    it(`never strand a card or path that was shown (seed ${seed})`, () => {
      const mine = tinyDoc();
      const theirs = new Y.Doc();
      Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
      mine.on("update", (u: Uint8Array, o: unknown) => o !== "relay" && Y.applyUpdate(theirs, u, "relay"));
      theirs.on("update", (u: Uint8Array, o: unknown) => o !== "relay" && Y.applyUpdate(mine, u, "relay"));
      const um = createUndoManager(mine);
      const next = random(seed);
      for (let i = 0; i < 150; i++) {
        const roll = next();
        if (roll < 0.35) edit(mine, next);
        else if (roll < 0.6) edit(theirs, next);
        else {
          const before = shown(mine);
          if (roll < 0.85) undoLatest(um);
          else redoLatest(um);
          const after = shown(mine);
          const stillThere = records(mine);
          const stranded = [...before].filter((id) => !after.has(id) && stillThere.has(id));
          expect(stranded, `press ${i}`).toEqual([]);
        }
        um.stopCapturing();
      }
    });
  }
});

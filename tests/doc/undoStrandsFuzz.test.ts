// Seeded random edits by me and a colleague, with my Undo and Redo pressed in between: a press never leaves a card
// or path that was shown before it in the document but out of the snapshot (a stage, lane or card it refers to gone).
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { addCard, addLane, addStage, connect, deleteCards, deleteStage, moveCard, updateCard } from "../../src/doc/ops";
import { collection, recordEntries } from "../../src/doc/schema";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";
import { exchange, tinyDoc } from "./helpers";
import { seeded as random } from "../../bench/harden/mutate";

// Ids and peers' client ids from a counter, so that a seed replays exactly (Yjs orders concurrent writes by them).
const ids = vi.hoisted(() => ({ next: 0 }));
vi.mock("../../src/doc/ids", () => ({
  newId: (prefix: string) => `${prefix}_${(ids.next++).toString(36).padStart(6, "0")}`,
}));

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

/** Cards (by id) and paths (by their ends: two people may draw the same path, and it reads as one). */
const cardsAndPaths = (cards: Iterable<string>, paths: Iterable<[unknown, unknown]>): Set<string> =>
  new Set([...cards, ...[...paths].map(([from, to]) => `${String(from)} -> ${String(to)}`)]);
/** The cards and paths that are records in the document. */
const records = (doc: Y.Doc) =>
  cardsAndPaths(
    recordEntries(collection(doc, "cards")).map(([id]) => id),
    recordEntries(collection(doc, "connections")).map(([, c]) => [c.get("from"), c.get("to")]),
  );
/** The cards and paths the snapshot shows. */
const shown = (doc: Y.Doc) => {
  const j = readJourney(doc);
  return cardsAndPaths(
    j.cards.map((c) => c.id),
    j.connections.map((c) => [c.from, c.to]),
  );
};

/** Cards whose stage and lane are there and that the snapshot still leaves out (a field it needs is missing). */
function unreadable(doc: Y.Doc): string[] {
  const j = readJourney(doc);
  const stages = new Set(j.stages.map((x) => x.id));
  const lanes = new Set(j.lanes.map((x) => x.id));
  const cards = new Set(j.cards.map((x) => x.id));
  return recordEntries(collection(doc, "cards"))
    .filter(([id, c]) => stages.has(String(c.get("stageId"))) && lanes.has(String(c.get("laneId"))) && !cards.has(id))
    .map(([id]) => id);
}

function run(seed: number, crossing: boolean): void {
  ids.next = 0;
  const mine = tinyDoc();
  mine.clientID = 1001;
  const theirs = new Y.Doc();
  theirs.clientID = 2002;
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  if (!crossing) {
    mine.on("update", (u: Uint8Array, o: unknown) => o !== "relay" && Y.applyUpdate(theirs, u, "relay"));
    theirs.on("update", (u: Uint8Array, o: unknown) => o !== "relay" && Y.applyUpdate(mine, u, "relay"));
  }
  const um = createUndoManager(mine);
  const next = random(seed);
  for (let i = 0; i < 150; i++) {
    const roll = next();
    if (roll < 0.3) edit(mine, next);
    else if (roll < 0.55) edit(theirs, next);
    else if (roll < 0.65) exchange(mine, theirs);
    else {
      const before = shown(mine);
      if (roll < 0.85) undoLatest(um);
      else redoLatest(um);
      const after = shown(mine);
      const stillThere = records(mine);
      const stranded = [...before].filter((id) => !after.has(id) && stillThere.has(id));
      expect(stranded, `press ${i}`).toEqual([]);
      expect(unreadable(mine), `press ${i}`).toEqual([]);
    }
    um.stopCapturing();
  }
}

describe("undo and redo while a colleague edits", () => {
  for (const seed of [11, 12, 13, 14, 15, 20]) {
    it(`never strand a card or path that was shown (seed ${seed})`, () => run(seed, false));
  }
  for (const seed of [31, 127, 190, 203]) {
    it(`never strand or cut short a card when edits cross (seed ${seed})`, () => run(seed, true));
  }
});

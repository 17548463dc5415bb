// Two people adding a stage at the same moment both pick the next number; once the adds meet, the later stage takes
// the next free number on every peer, and a name someone typed is never changed.
import * as Y from "yjs";
import { readJourney, type Journey } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { addNumberedStage, renumberAutoNames, updateStage } from "../../src/doc/ops";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";
import { AUTO_NAME_NOTES } from "../../src/doc/ops/autoNames";
import { exchange, meet, peerOf } from "./helpers";

const english = (n: number) => `Stage ${n}`;
const german = (n: number) => `Phase ${n}`;

function map(nameOf: (n: number) => string): Journey {
  return {
    id: "j",
    title: "Umzug melden",
    language: "de",
    stages: [1, 2, 3].map((n) => ({ id: `st${n}`, name: nameOf(n) })),
    lanes: [{ id: "ln", name: "Was ich tue", kind: "actions" }],
    cards: [],
    connections: [],
  };
}

function twoPeers(nameOf: (n: number) => string): [Y.Doc, Y.Doc] {
  const anna = new Y.Doc();
  loadJourney(anna, map(nameOf));
  return [anna, peerOf(anna)];
}

const names = (doc: Y.Doc) => readJourney(doc).stages.map((s) => s.name);

describe("stages added at the same moment", () => {
  it("end with distinct numbers, the same on both peers", () => {
    const [anna, ben] = twoPeers(english);
    const a = addNumberedStage(anna, english);
    const b = addNumberedStage(ben, english);
    expect(names(anna)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4"]);
    expect(names(ben)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4"]);

    meet(anna, ben);
    expect(names(anna)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5"]);
    expect(readJourney(ben)).toEqual(readJourney(anna));
    // The stage that sorts first keeps its number.
    const first = readJourney(anna).stages[3]!.id;
    expect([a, b]).toContain(first);
  });

  it("works in the map's language and for three people at once", () => {
    const [anna, ben] = twoPeers(german);
    const cem = peerOf(anna);
    for (const doc of [anna, ben, cem]) addNumberedStage(doc, german);
    meet(anna, ben, cem);
    expect(names(cem)).toEqual(["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 5", "Phase 6"]);
    expect(readJourney(anna)).toEqual(readJourney(cem));
    expect(readJourney(ben)).toEqual(readJourney(cem));
  });

  it("never renames a name someone typed, also when it is the same as the new stage's", () => {
    const [anna, ben] = twoPeers(german);
    const mine = addNumberedStage(anna, german);
    updateStage(ben, "st1", { name: "Phase 4" }); // Ben types it, at the same moment

    meet(anna, ben);
    expect(readJourney(ben).stages.find((s) => s.id === "st1")?.name).toBe("Phase 4");
    expect(readJourney(ben).stages.find((s) => s.id === mine)?.name).toBe("Phase 5");
  });

  it("leaves a numbered stage alone once someone renamed it, even to the same name", () => {
    const [anna, ben] = twoPeers(english);
    // Anna's stage goes first, so it is Ben's that would take the next number if his name were still numbered.
    const a = addNumberedStage(anna, english, { index: 0 });
    const b = addNumberedStage(ben, english);
    updateStage(ben, b, { name: "Stage 4" }); // typed: Ben's name now
    meet(anna, ben);
    const byId = new Map(readJourney(anna).stages.map((s) => [s.id, s.name]));
    expect(byId.get(b)).toBe("Stage 4");
    expect(byId.get(a)).toBe("Stage 5");
  });

  it("changes nothing when nobody else added a stage, and undo still takes each add back", () => {
    const [anna, ben] = twoPeers(english);
    const um = createUndoManager(anna);
    addNumberedStage(anna, english);
    meet(anna, ben);
    expect(renumberAutoNames(anna)).toEqual([]);

    addNumberedStage(ben, english);
    um.stopCapturing();
    addNumberedStage(anna, english);
    meet(anna, ben);
    expect(names(ben)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5", "Stage 6"]);
    // Only the peer that added a stage renames it: nothing of Ben's is in Anna's stage, so her undo works.
    expect(undoLatest(um)).toBe("done");
    expect(undoLatest(um)).toBe("done");
    exchange(anna, ben);
    expect(names(ben)).toHaveLength(4);
  });

  it("renumbers a stage my redo brings back once a colleague gave its number to a new stage meanwhile", () => {
    const [anna, ben] = twoPeers(english);
    const um = createUndoManager(anna);
    addNumberedStage(anna, english);
    um.stopCapturing();
    expect(undoLatest(um)).toBe("done");
    meet(anna, ben);
    addNumberedStage(ben, english); // Stage 4 is free again
    meet(anna, ben);
    expect(redoLatest(um)).toBe("done");
    meet(anna, ben);
    expect(names(ben)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5"]);
    expect(readJourney(anna)).toEqual(readJourney(ben));
  });
});

describe("a stage numbered before lanes were", () => {
  it("is renumbered from its note's name and number alone, as a document stored then holds them", () => {
    const [anna, ben] = twoPeers(english);
    addNumberedStage(anna, english);
    const late = addNumberedStage(ben, english);
    // The note as the earlier version wrote it: no words around the number.
    for (const doc of [anna, ben]) {
      for (const [id, note] of doc.getMap<{ name: string; n: number }>(AUTO_NAME_NOTES.stages).entries()) {
        doc.getMap(AUTO_NAME_NOTES.stages).set(id, { name: note.name, n: note.n });
      }
    }
    meet(anna, ben);
    expect(names(anna)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5"]);
    expect(readJourney(ben)).toEqual(readJourney(anna));
    expect(readJourney(anna).stages.map((s) => s.id)).toContain(late);
  });
});

describe("a stage name without its number", () => {
  it("still adds the stage instead of looking for a free number forever", () => {
    const [anna] = twoPeers(english);
    addNumberedStage(anna, () => "Stage");
    addNumberedStage(anna, () => "Stage");
    expect(names(anna)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage", "Stage"]);
  });
});

// A lane added by Add lane is named by its kind, and a second one of the kind takes a number (Pain points 2), also
// when two people add one at the same moment: once the adds meet, the later lane takes the next number on every peer,
// and a name someone typed is never changed.
import * as Y from "yjs";
import { readJourney, type Journey } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { addNumberedLane, addNumberedStage, updateLane } from "../../src/doc/ops";
import { createUndoManager, redoLatest, undoLatest } from "../../src/doc/undo";
import { serializeJourney } from "../../src/format";
import { meet, peerOf } from "./helpers";

const hurts = { name: "What hurts", kind: "painPoints" } as const;
const stört = { name: "Was mich stört", kind: "painPoints" } as const;

function map(lanes: Journey["lanes"] = [{ id: "ln", name: "Was ich tue", kind: "actions" }]): Journey {
  return {
    id: "j",
    title: "Umzug melden",
    language: "de",
    stages: [{ id: "st1", name: "Phase 1" }],
    lanes,
    cards: [],
    connections: [],
  };
}

function twoPeers(journey: Journey = map()): [Y.Doc, Y.Doc] {
  const anna = new Y.Doc();
  loadJourney(anna, journey);
  return [anna, peerOf(anna)];
}

const names = (doc: Y.Doc) => readJourney(doc).lanes.map((l) => l.name);

describe("a lane added by its kind", () => {
  it("is named by its kind, and a second and third of the kind take the next numbers, in German too", () => {
    const [anna] = twoPeers(map([{ id: "ln", name: "Was mich stört", kind: "painPoints" }]));
    addNumberedLane(anna, stört);
    addNumberedLane(anna, stört);
    addNumberedLane(anna, { name: "Chancen", kind: "opportunities" });
    expect(names(anna)).toEqual(["Was mich stört", "Was mich stört 2", "Was mich stört 3", "Chancen"]);
  });

  it("ends with distinct names when two people add one of the same kind at the same moment", () => {
    const [anna, ben] = twoPeers();
    const a = addNumberedLane(anna, hurts);
    const b = addNumberedLane(ben, hurts);
    expect(names(anna)).toEqual(["Was ich tue", "What hurts"]);
    expect(names(ben)).toEqual(["Was ich tue", "What hurts"]);

    meet(anna, ben);
    expect(names(anna)).toEqual(["Was ich tue", "What hurts", "What hurts 2"]);
    expect(readJourney(ben)).toEqual(readJourney(anna));
    expect(
      readJourney(anna)
        .lanes.map((l) => l.id)
        .slice(1),
    ).toEqual(expect.arrayContaining([a, b]));
  });

  it("works for three people adding a German lane that is already on the map", () => {
    const [anna, ben] = twoPeers(map([{ id: "ln", name: "Was mich stört", kind: "painPoints" }]));
    const cem = peerOf(anna);
    for (const doc of [anna, ben, cem]) addNumberedLane(doc, stört);
    meet(anna, ben, cem);
    expect(names(cem)).toEqual(["Was mich stört", "Was mich stört 2", "Was mich stört 3", "Was mich stört 4"]);
    expect(readJourney(anna)).toEqual(readJourney(cem));
    expect(readJourney(ben)).toEqual(readJourney(cem));
  });

  it("never renames a lane someone renamed, also to the name the other lane was given", () => {
    const [anna, ben] = twoPeers();
    // Anna's lane goes first, so it is Ben's that would take the next number if his name were still the given one.
    const a = addNumberedLane(anna, { ...hurts, index: 0 });
    const b = addNumberedLane(ben, hurts);
    updateLane(ben, b, { name: "What hurts" }); // typed: Ben's name now
    meet(anna, ben);
    const byId = new Map(readJourney(anna).lanes.map((l) => [l.id, l.name]));
    expect(byId.get(b)).toBe("What hurts");
    expect(byId.get(a)).toBe("What hurts 2");
    expect(readJourney(ben)).toEqual(readJourney(anna));
  });

  it("renumbers a stage and a lane added at the same moment in one go", () => {
    const [anna, ben] = twoPeers();
    for (const doc of [anna, ben]) {
      addNumberedStage(doc, (n) => `Phase ${n}`);
      addNumberedLane(doc, stört);
    }
    meet(anna, ben);
    expect(readJourney(anna).stages.map((s) => s.name)).toEqual(["Phase 1", "Phase 2", "Phase 3"]);
    expect(names(anna)).toEqual(["Was ich tue", "Was mich stört", "Was mich stört 2"]);
    expect(readJourney(ben)).toEqual(readJourney(anna));
  });

  it("keeps its notes out of the snapshot and the export, and undo and redo take each add back and forth", () => {
    const [anna, ben] = twoPeers();
    const um = createUndoManager(anna);
    addNumberedLane(anna, hurts);
    um.stopCapturing();
    addNumberedLane(ben, hurts);
    meet(anna, ben);
    expect(names(ben)).toEqual(["Was ich tue", "What hurts", "What hurts 2"]);
    const file = serializeJourney(readJourney(anna));
    expect(file).not.toMatch(/numbered/);
    expect(Object.keys(readJourney(anna).lanes[1]!)).toEqual(["id", "name", "kind"]);

    // Only the peer that added a lane renames it: nothing of Ben's is in Anna's lane, so her undo works.
    expect(undoLatest(um)).toBe("done");
    meet(anna, ben);
    expect(names(ben)).toHaveLength(2);
    // Ben's lane is now the only one of its name: my redo brings mine back, which takes the next number again.
    expect(redoLatest(um)).toBe("done");
    meet(anna, ben);
    expect(names(ben).slice(1).sort()).toEqual(["What hurts", "What hurts 2"]);
    expect(readJourney(anna)).toEqual(readJourney(ben));
  });
});

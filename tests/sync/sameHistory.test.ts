// Whether a browser's copy of a map grew from the server's document: by the writers the two state vectors share.
import "fake-indexeddb/auto";
import * as Y from "yjs";
import { blankJourney, createJourneyDoc, readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { readKeptUpdate, removeLocalCopy, sameHistory } from "../../src/sync/localCopy";
import { keepLocalCopy, keptJourney } from "./localCopyFixture";

const stateOf = (doc: Y.Doc): Map<number, number> => Y.decodeStateVector(Y.encodeStateVector(doc));

/** A second document that has what `from` has and went on on its own (another page, or offline). */
function fork(from: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  return doc;
}

describe("sameHistory", () => {
  it("holds for a copy that went on offline from the server's document, and for the server that went on too", () => {
    const server = createJourneyDoc(blankJourney("Umzug", "de"));
    const copy = fork(server);
    addStage(copy, { name: "Offline" });
    addStage(fork(server), { name: "Elsewhere" });
    addStage(server, { name: "Online" });
    expect(sameHistory(stateOf(copy), stateOf(server))).toBe(true);
  });

  it("holds for a server restored from an older backup of the same map", () => {
    const backup = createJourneyDoc(blankJourney("Umzug", "de"));
    const copy = fork(backup);
    addStage(copy, { name: "After the backup" });
    expect(sameHistory(stateOf(copy), stateOf(fork(backup)))).toBe(true);
  });

  it("fails for a map made again, even with the same content and ids", () => {
    const journey = blankJourney("Umzug", "de");
    const copy = createJourneyDoc(journey);
    addStage(copy, { name: "Offline" });
    const again = createJourneyDoc(journey);
    expect(readJourney(again).stages).toEqual(journey.stages);
    expect(sameHistory(stateOf(copy), stateOf(again))).toBe(false);
  });

  it("holds for a copy that holds nothing", () => {
    expect(sameHistory(new Map(), stateOf(createJourneyDoc(blankJourney("Umzug"))))).toBe(true);
  });
});

describe("readKeptUpdate", () => {
  it("reads the local copy as one update without making a copy where there is none", async () => {
    expect(await readKeptUpdate("nothing-kept")).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain("outside-in:nothing-kept");

    await keepLocalCopy("kept-map", keptJourney);
    const update = await readKeptUpdate("kept-map");
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update!);
    expect(readJourney(doc).cards.map((c) => c.title)).toEqual(["Ich melde den Schaden über 500 €"]);
    await removeLocalCopy("kept-map");
    expect(await readKeptUpdate("kept-map")).toBeNull();
  });
});

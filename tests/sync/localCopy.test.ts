// The copy an editor's browser keeps of a map is readable without a server, and asking for a copy that is not
// there makes none.
import "fake-indexeddb/auto";
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { readLocalCopy } from "../../src/sync/localCopy";
import { localCopyName } from "../../src/sync/session";
import { keepLocalCopy, keptJourney } from "./localCopyFixture";

const databaseNames = async (): Promise<(string | undefined)[]> => (await indexedDB.databases()).map((d) => d.name);

describe("reading the copy this browser keeps of a map", () => {
  it("gives the map as the copy holds it, German text and all", async () => {
    await keepLocalCopy("kept-map", keptJourney);
    const journey = await readLocalCopy("kept-map");
    expect(journey?.title).toBe("Schadenmeldung „Kfz“");
    expect(journey?.cards.map((c) => c.title)).toEqual(["Ich melde den Schaden über 500 €"]);
    expect(journey?.stages.map((s) => s.id)).toEqual(["st1"]);
  });

  it("gives nothing for a map this browser has no copy of, and makes no empty copy by asking", async () => {
    expect(await readLocalCopy("never-opened-here")).toBeNull();
    expect(await databaseNames()).not.toContain(localCopyName("never-opened-here"));
  });

  it("gives nothing for a copy that holds no map", async () => {
    const doc = new Y.Doc();
    const copy = new IndexeddbPersistence(localCopyName("empty-copy"), doc);
    await copy.whenSynced;
    await copy.destroy();
    expect(await readLocalCopy("empty-copy")).toBeNull();
  });

  it("leaves the copy where it is for the next visit", async () => {
    await keepLocalCopy("read-twice", keptJourney);
    await readLocalCopy("read-twice");
    expect((await readLocalCopy("read-twice"))?.cards).toHaveLength(1);
  });
});

// Two people who draw the same path (from one card to another, in the same direction) at the same moment each add
// a connection: the map then holds it twice. It is read once (the first in the document's order, the same on every page), so the canvas draws one arrow and the
// export writes one; deleting it deletes both, so no hidden copy comes back. A path the other way stays its own.
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { connect, disconnect } from "../../src/doc/ops";
import { parseJourneyText, serializeJourney } from "../../src/format";
import { tinyJourney } from "../fixtures/journeys";

function drawnByBoth(): { mine: Y.Doc; theirs: Y.Doc } {
  const mine = new Y.Doc();
  loadJourney(mine, tinyJourney());
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  connect(mine, "cd_a", "cd_c", "weiter");
  connect(theirs, "cd_a", "cd_c");
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  return { mine, theirs };
}

const drawnByTwo = (): Y.Doc => drawnByBoth().mine;

const paths = (doc: Y.Doc) => readJourney(doc).connections.map((c) => `${c.from}>${c.to}`);

it("the same path drawn by two people at once is read once, and exported once", () => {
  const doc = drawnByTwo();
  expect(doc.getMap("connections").size).toBe(3);
  expect(paths(doc)).toEqual(["cd_b>cd_d", "cd_a>cd_c"]);
  const back = parseJourneyText(serializeJourney(readJourney(doc)));
  expect(back.ok && back.journey.connections.map((c) => `${c.from}>${c.to}`)).toEqual(["cd_b>cd_d", "cd_a>cd_c"]);
});

it("deleting the path deletes its copy too, and a path the other way stays", () => {
  const doc = drawnByTwo();
  connect(doc, "cd_c", "cd_a");
  const shown = readJourney(doc).connections.find((c) => c.from === "cd_a" && c.to === "cd_c");
  disconnect(doc, [shown!.id]);
  expect(paths(doc)).toEqual(["cd_b>cd_d", "cd_c>cd_a"]);
});

it("a second drop of a path that exists adds nothing", () => {
  const doc = new Y.Doc();
  loadJourney(doc, tinyJourney());
  expect(connect(doc, "cd_b", "cd_d")).toBe("cn_a");
  expect(doc.getMap("connections").size).toBe(1);
});

it("both people read the same one of the two, whichever each of them drew", () => {
  const { mine, theirs } = drawnByBoth();
  const shown = (doc: Y.Doc) => readJourney(doc).connections.find((c) => c.from === "cd_a" && c.to === "cd_c");
  expect(shown(mine)).toEqual(shown(theirs));
});

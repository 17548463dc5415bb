// A connection from a card to itself that a document still holds (written before the ops and the importer refused
// one, or by another Yjs client) is not read: the canvas draws no loop, and the rest of the path stays.
import * as Y from "yjs";
import { readJourney, type Journey } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";

const journey: Journey = {
  id: "j",
  title: "Kfz-Schaden",
  language: "de",
  stages: [{ id: "st", name: "Melden" }],
  lanes: [{ id: "ln", name: "Aktionen", kind: "actions" }],
  cards: [
    { id: "a", stageId: "st", laneId: "ln", title: "Ich rufe an" },
    { id: "b", stageId: "st", laneId: "ln", title: "Ich lade Fotos hoch" },
  ],
  connections: [
    { id: "cn_ab", from: "a", to: "b" },
    { id: "cn_loop", from: "b", to: "b", label: "Schleife" },
  ],
};

it("a document's connection from a card to itself is not read, and the others are", () => {
  const doc = new Y.Doc();
  loadJourney(doc, journey);
  expect(doc.getMap("connections").has("cn_loop")).toBe(true);
  expect(readJourney(doc).connections.map((c) => c.id)).toEqual(["cn_ab"]);
});

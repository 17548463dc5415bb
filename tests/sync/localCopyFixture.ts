// A map an editor's browser kept from an earlier visit, written where the page keeps it (tests only).
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import type { Journey } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { localCopyName } from "../../src/sync/session";

export const keptJourney: Journey = {
  id: "j1",
  title: "Schadenmeldung „Kfz“",
  language: "de",
  stages: [{ id: "st1", name: "Melden" }],
  lanes: [{ id: "ln1", name: "Aktionen", kind: "actions" }],
  cards: [{ id: "c1", stageId: "st1", laneId: "ln1", title: "Ich melde den Schaden über 500 €" }],
  connections: [],
};

/** Writes a journey into the local copy an editor's page keeps for `mapId`. */
export async function keepLocalCopy(mapId: string, journey: Journey): Promise<void> {
  const doc = new Y.Doc();
  loadJourney(doc, journey);
  const copy = new IndexeddbPersistence(localCopyName(mapId), doc);
  await copy.whenSynced;
  await copy.destroy();
  doc.destroy();
}

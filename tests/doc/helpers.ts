// Small helpers for document tests: a loaded doc, cell contents, and syncing two docs like two browsers.
import * as Y from "yjs";
import { createJourneyDoc, readJourney, type Journey } from "../../src/doc";
import { renumberAutoNames } from "../../src/doc/ops";
import { tinyJourney } from "../fixtures/journeys";

export function tinyDoc(journey: Journey = tinyJourney()): Y.Doc {
  return createJourneyDoc(journey);
}

/** Card ids of one cell, in order. */
export function cell(doc: Y.Doc, stageId: string, laneId: string): string[] {
  return readJourney(doc)
    .cards.filter((c) => c.stageId === stageId && c.laneId === laneId)
    .map((c) => c.id);
}

export const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

/** A second doc with the same history, as a peer that loaded the map from the server. */
export function peerOf(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc), "remote");
  return peer;
}

/** Sends each doc what the other lacks, as the server would relay it. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, "remote");
  Y.applyUpdate(a, toA, "remote");
}

/**
 * Lets several peers meet as editors' pages do: each gets the others' changes and renumbers the stages and lanes it
 * added with a name another already has, then the result goes round once more.
 */
export function meet(...docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) exchange(a, b);
  for (const doc of docs) renumberAutoNames(doc);
  for (const a of docs) for (const b of docs) if (a !== b) exchange(a, b);
}

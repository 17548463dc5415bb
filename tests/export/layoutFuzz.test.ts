// Seeded random journeys with extreme text: the layout always ends, keeps every word and stays on the paper.
import { layoutJourney, type TextItem, type TextMeasurer } from "../../src/export";
import type { Card, Journey, Lane, LaneKind } from "../../src/doc";

const mono: TextMeasurer = { width: (text, size, bold) => Array.from(text).length * size * (bold ? 0.58 : 0.52) };

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS: LaneKind[] = [
  "actions",
  "touchpoints",
  "thoughts",
  "emotions",
  "painPoints",
  "opportunities",
  "backstage",
];

function words(rnd: () => number, count: number, tag: string): string {
  return Array.from({ length: count }, (_, i) =>
    rnd() < 0.02 ? `${tag}x${i}${"y".repeat(90)}z` : `${tag}w${i}z`,
  ).join(" ");
}

function randomJourney(seed: number): Journey {
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

/** From the layout's style: 28 pt margin, 26 pt footer band, footer text 4 pt above the margin. */
const BODY_BOTTOM = (height: number) => height - 28 - 26;
const FOOTER_BASELINE = (height: number) => height - 28 - 4;
const dense = (s: string) => s.replace(/\s+/g, "");

describe("the print layout on random journeys", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    it(`keeps every word on the paper for seed ${seed}`, () => {
      const journey = randomJourney(seed);
      for (const paper of ["a3", "a4"] as const) {
        const layout = layoutJourney(journey, { paper, comments: true, measure: mono, now: new Date(0) });
        const texts = layout.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.type === "text"));
        for (const t of texts) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x + mono.width(t.text, t.size, t.bold)).toBeLessThanOrEqual(layout.width + 0.01);
          expect(t.y).toBeGreaterThan(0);
          expect(t.y).toBeLessThanOrEqual(layout.height);
          // Nothing but the footer line (page number, legend) runs into the bottom margin and footer band.
          if (Math.abs(t.y - FOOTER_BASELINE(layout.height)) > 0.01)
            expect(t.y).toBeLessThanOrEqual(BODY_BOTTOM(layout.height));
        }
        // A word broken at a page end goes on in the same column of the next page: read column by column.
        const columns = new Map<string, string>();
        for (const t of texts) columns.set(t.x.toFixed(2), (columns.get(t.x.toFixed(2)) ?? "") + dense(t.text));
        const all = [...columns.values()].join("\n");
        const expected = [
          ...journey.cards.flatMap((c) => [c.title, c.description ?? ""]),
          ...journey.stages.flatMap((s) => [s.name, s.customerGoal ?? ""]),
          ...journey.lanes.map((l) => l.name),
          ...(journey.comments ?? []).map((c) => c.text),
        ];
        for (const text of expected) for (const w of text.split(" ").filter((x) => x !== "")) expect(all).toContain(w);
      }
    });
  }
});

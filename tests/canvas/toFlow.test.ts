import * as Y from "yjs";
import { blankJourney, loadJourney, readJourney, type Journey } from "../../src/doc";
import { addCard, updateCard } from "../../src/doc/ops";
import { toFlow } from "../../src/canvas/toFlow";
import { CARD_H, MIN_ROW_H, STAGE_HEADER_H, computeGrid } from "../../src/canvas/layout";
import { dropOf } from "../../src/canvas/changesToOps";
import { neighbourCard } from "../../src/canvas/keyboard";
import { shareJourney } from "../../src/store";

function map() {
  const doc = new Y.Doc();
  const journey = blankJourney("Grid", "en");
  loadJourney(doc, journey);
  const [s1, s2] = journey.stages;
  const [actions, touchpoints] = journey.lanes;
  const emotions = journey.lanes.find((l) => l.kind === "emotions");
  if (!s1 || !s2 || !actions || !touchpoints || !emotions) throw new Error("blank journey changed shape");
  return { doc, journey, s1, s2, actions, touchpoints, emotions };
}

const nodeOf = (journey: Journey, id: string) => toFlow(journey, { canEdit: true }).nodes.find((n) => n.id === id);

describe("the canvas grid", () => {
  it("hands every node to React Flow as measured at the size the layout gives it", () => {
    // Otherwise React Flow re-measures each new node object, a dragged card on every frame.
    const m = map();
    addCard(m.doc, { stageId: m.s1.id, laneId: m.touchpoints.id, title: "A" });
    const { nodes } = toFlow(readJourney(m.doc), { canEdit: true });
    expect(new Set(nodes.map((n) => n.type))).toEqual(
      new Set(["stageHeader", "laneHeader", "cell", "emotionCurve", "visibilityLine", "card"]),
    );
    for (const node of nodes) {
      expect(node.width).toBeGreaterThan(0);
      expect(node.measured).toEqual({ width: node.width, height: node.height });
    }
  });

  it("hands each cell its own card nodes, and keeps a cell whose cards did not change", () => {
    // Far away a cell draws its cards itself (CellNode); a change elsewhere must not redraw it.
    const m = map();
    const a = addCard(m.doc, { stageId: m.s1.id, laneId: m.touchpoints.id, title: "A" });
    const b = addCard(m.doc, { stageId: m.s2.id, laneId: m.touchpoints.id, title: "B" });
    const journey = shareJourney(null, readJourney(m.doc));
    const first = toFlow(journey, { canEdit: true });
    const cellOf = (nodes: typeof first.nodes, stageId: string) => {
      const cell = nodes.find(
        (n) => n.type === "cell" && n.data.stageId === stageId && n.data.laneId === m.touchpoints.id,
      );
      if (cell?.type !== "cell") throw new Error("no cell");
      return cell;
    };
    const cardNode = (nodes: typeof first.nodes, id: string) => nodes.find((n) => n.id === id);
    expect(cellOf(first.nodes, m.s1.id).data.cards).toEqual([cardNode(first.nodes, a)]);
    expect(cellOf(first.nodes, m.s1.id).data.cards[0]).toBe(cardNode(first.nodes, a));
    expect(cellOf(first.nodes, m.s2.id).data.cards.map((n) => n.id)).toEqual([b]);

    updateCard(m.doc, b, { title: "B, renamed" });
    const next = toFlow(
      shareJourney(journey, readJourney(m.doc)),
      { canEdit: true },
      new Map(first.nodes.map((n) => [n.id, n])),
    );
    expect(cellOf(next.nodes, m.s1.id)).toBe(cellOf(first.nodes, m.s1.id));
    expect(cellOf(next.nodes, m.s2.id)).not.toBe(cellOf(first.nodes, m.s2.id));
    expect(cellOf(next.nodes, m.s2.id).data.cards[0]?.data.card.title).toBe("B, renamed");
  });

  it("gives every card its path ends, mid-left in and mid-right out, whether it can be connected or not", () => {
    // Sketches and cards on a view link draw no handle element: React Flow takes the path ends from here.
    const m = map();
    addCard(m.doc, { stageId: m.s1.id, laneId: m.touchpoints.id, title: "A" });
    addCard(m.doc, { stageId: m.s2.id, laneId: m.emotions.id, title: "B", emotion: 1 });
    for (const canEdit of [true, false]) {
      const cards = toFlow(readJourney(m.doc), { canEdit }).nodes.filter((n) => n.type === "card");
      expect(cards).toHaveLength(2);
      for (const card of cards) {
        const w = card.width ?? 0;
        const h = card.height ?? 0;
        const mid = (b: { y: number; height?: number }) => b.y + (b.height ?? 0) / 2;
        const target = card.handles?.find((x) => x.type === "target");
        const source = card.handles?.find((x) => x.type === "source");
        expect(target).toMatchObject({ position: "left", id: null });
        expect(source).toMatchObject({ position: "right", id: null });
        expect((target?.x ?? NaN) + (target?.width ?? 0) / 2).toBe(0);
        expect((source?.x ?? NaN) + (source?.width ?? 0) / 2).toBe(w);
        expect(target && mid(target)).toBe(h / 2);
        expect(source && mid(source)).toBe(h / 2);
      }
    }
  });

  it("puts stage headers in columns, lane headers in rows and stacks cards in their cell", () => {
    const m = map();
    const a = addCard(m.doc, { stageId: m.s2.id, laneId: m.touchpoints.id, title: "A" });
    const b = addCard(m.doc, { stageId: m.s2.id, laneId: m.touchpoints.id, title: "B" });
    const journey = readJourney(m.doc);
    const { nodes } = toFlow(journey, { canEdit: true });
    const stage1 = nodes.find((n) => n.id === `stage:${m.s1.id}`);
    const stage2 = nodes.find((n) => n.id === `stage:${m.s2.id}`);
    expect(stage2!.position.x).toBeGreaterThan(stage1!.position.x);
    const laneA = nodes.find((n) => n.id === `lane:${m.actions.id}`);
    const laneT = nodes.find((n) => n.id === `lane:${m.touchpoints.id}`);
    expect(laneA!.position.y).toBe(STAGE_HEADER_H);
    expect(laneT!.position.y).toBe(STAGE_HEADER_H + MIN_ROW_H);
    const cardA = nodes.find((n) => n.id === a)!;
    const cardB = nodes.find((n) => n.id === b)!;
    expect(cardA.position.x).toBe(cardB.position.x);
    expect(cardB.position.y).toBeGreaterThanOrEqual(cardA.position.y + CARD_H);
    expect(cardA.position.x).toBeGreaterThan(stage2!.position.x);
  });

  it("grows a lane row with its tallest cell", () => {
    const m = map();
    for (let i = 0; i < 5; i++) addCard(m.doc, { stageId: m.s1.id, laneId: m.actions.id, title: `Card ${i}` });
    const grid = computeGrid(readJourney(m.doc));
    expect(grid.rows.get(m.actions.id)!.height).toBeGreaterThan(5 * CARD_H);
    expect(grid.rows.get(m.touchpoints.id)!.y).toBe(STAGE_HEADER_H + grid.rows.get(m.actions.id)!.height);
  });

  it("places emotion cards higher the better the customer feels and draws the curve through them", () => {
    const m = map();
    const low = addCard(m.doc, { stageId: m.s1.id, laneId: m.emotions.id, title: "Annoyed", emotion: -2 });
    const high = addCard(m.doc, { stageId: m.s2.id, laneId: m.emotions.id, title: "Glad", emotion: 2 });
    const journey = readJourney(m.doc);
    expect(nodeOf(journey, high)!.position.y).toBeLessThan(nodeOf(journey, low)!.position.y);
    const curve = toFlow(journey, { canEdit: true }).nodes.find((n) => n.type === "emotionCurve");
    expect(curve?.data).toMatchObject({ points: [expect.any(Object), expect.any(Object)] });
  });

  it("keeps the node objects of unchanged cards when another card changes", () => {
    const m = map();
    const a = addCard(m.doc, { stageId: m.s1.id, laneId: m.actions.id, title: "A" });
    const b = addCard(m.doc, { stageId: m.s2.id, laneId: m.actions.id, title: "B" });
    const first = shareJourney(null, readJourney(m.doc));
    const flow1 = toFlow(first, { canEdit: true });
    updateCard(m.doc, b, { title: "B2" });
    const second = shareJourney(first, readJourney(m.doc));
    const flow2 = toFlow(second, { canEdit: true }, new Map(flow1.nodes.map((n) => [n.id, n])));
    const pick = (nodes: typeof flow1.nodes, id: string) => nodes.find((n) => n.id === id);
    expect(pick(flow2.nodes, a)).toBe(pick(flow1.nodes, a));
    expect(pick(flow2.nodes, `stage:${m.s1.id}`)).toBe(pick(flow1.nodes, `stage:${m.s1.id}`));
    expect(pick(flow2.nodes, b)).not.toBe(pick(flow1.nodes, b));
  });

  it("makes a card's node anew when only its paths, the role or the card above it changed", () => {
    const m = map();
    const a = addCard(m.doc, { stageId: m.s1.id, laneId: m.actions.id, title: "A" });
    const b = addCard(m.doc, { stageId: m.s2.id, laneId: m.actions.id, title: "B" });
    const first = shareJourney(null, readJourney(m.doc));
    const flow1 = toFlow(first, { canEdit: true });
    const known = new Map(flow1.nodes.map((n) => [n.id, n]));
    const pick = (nodes: typeof flow1.nodes, id: string) => nodes.find((n) => n.id === id);
    // A path between the two: both cards are linked now, nothing else about them changed.
    const linked = { ...first, connections: [{ id: "cn_ab", from: a, to: b }] };
    const flow2 = toFlow(linked, { canEdit: true }, known);
    expect(pick(flow2.nodes, a)).not.toBe(pick(flow1.nodes, a));
    expect(pick(flow2.nodes, a)?.data).toMatchObject({ linked: true });
    // The same journey for a viewer: no card may stay draggable.
    const viewer = toFlow(first, { canEdit: false }, known);
    expect(pick(viewer.nodes, b)?.draggable).toBe(false);
    // A taller card above B in its cell moves B down: the same card object, a new place.
    const tall = addCard(m.doc, { stageId: m.s2.id, laneId: m.actions.id, title: "Above", index: 0 });
    const second = shareJourney(first, readJourney(m.doc));
    const flow3 = toFlow(second, { canEdit: true }, known);
    expect(second.cards.find((c) => c.id === b)?.title).toBe("B");
    expect(pick(flow3.nodes, b)?.position.y).toBeGreaterThan(pick(flow1.nodes, b)!.position.y);
    expect(pick(flow3.nodes, tall)).toBeDefined();
  });

  it("gives a read-only role no draggable or connectable cards", () => {
    const m = map();
    addCard(m.doc, { stageId: m.s1.id, laneId: m.actions.id, title: "A" });
    const { nodes } = toFlow(readJourney(m.doc), { canEdit: false });
    const cards = nodes.filter((n) => n.type === "card");
    expect(cards.every((n) => n.draggable === false && n.connectable === false)).toBe(true);
  });
});

describe("dropping cards", () => {
  it("moves a card dropped over another cell into that cell, before the card below the drop point", () => {
    const m = map();
    const moving = addCard(m.doc, { stageId: m.s1.id, laneId: m.actions.id, title: "Moving" });
    const first = addCard(m.doc, { stageId: m.s2.id, laneId: m.touchpoints.id, title: "First" });
    const second = addCard(m.doc, { stageId: m.s2.id, laneId: m.touchpoints.id, title: "Second" });
    const journey = readJourney(m.doc);
    const grid = computeGrid(journey);
    const target = grid.cardRects.get(second)!;
    const drop = dropOf(journey, grid, [
      { id: moving, x: target.x, y: target.y - 20, width: target.width, height: target.height },
    ]);
    expect(drop.moves).toEqual([{ id: moving, stageId: m.s2.id, laneId: m.touchpoints.id, index: 1 }]);
    expect(grid.cardRects.get(first)).toBeDefined();
  });

  it("sets the emotion from the height a card is dropped at in the emotion lane", () => {
    const m = map();
    const card = addCard(m.doc, { stageId: m.s1.id, laneId: m.emotions.id, title: "Meh", emotion: 0 });
    const journey = readJourney(m.doc);
    const grid = computeGrid(journey);
    const row = grid.rows.get(m.emotions.id)!;
    const rect = grid.cardRects.get(card)!;
    const drop = dropOf(journey, grid, [{ ...rect, id: card, y: row.y + 2 }]);
    expect(drop.emotions).toEqual([{ id: card, emotion: 2 }]);
  });
});

describe("arrow keys", () => {
  it("move down through the column and right to the same lane of the next stage", () => {
    const m = map();
    const a = addCard(m.doc, { stageId: m.s1.id, laneId: m.actions.id, title: "A" });
    const t = addCard(m.doc, { stageId: m.s1.id, laneId: m.touchpoints.id, title: "T" });
    const r = addCard(m.doc, { stageId: m.s2.id, laneId: m.actions.id, title: "R" });
    const journey = readJourney(m.doc);
    const grid = computeGrid(journey);
    expect(neighbourCard(journey, grid, a, "down")).toBe(t);
    expect(neighbourCard(journey, grid, t, "up")).toBe(a);
    expect(neighbourCard(journey, grid, a, "right")).toBe(r);
    expect(neighbourCard(journey, grid, r, "right")).toBe(r);
  });
});

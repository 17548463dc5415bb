// @vitest-environment jsdom
// A colleague drags three selected cards: on my canvas all three move live, each from its own place by the same
// offset, not only the one their presence names. A presence naming odd ids or numbers moves nothing else.
import { act, screen, waitFor } from "@testing-library/react";
import { addCard, moveCards } from "../../src/doc/ops";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { viewFrom, waitFitted, ZoomControl } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});

const node = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!el) throw new Error(`no node ${id}`);
  return el;
};

/** The card's place as React Flow draws it. */
function placeOf(id: string): { x: number; y: number } {
  const match = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(node(id).style.transform);
  if (!match) throw new Error(`no place for ${id}: ${node(id).style.transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

function threeCards() {
  const { map, awareness } = renderCanvasWithPeers(<ZoomControl />);
  const { journey } = map.store.getState();
  const lane = journey.cards[0]!.laneId;
  const [first, second] = journey.stages;
  const ids = [map.cardId];
  act(() => {
    ids.push(addCard(map.doc, { stageId: first!.id, laneId: lane, title: "Ich prüfe die Rechnung" }));
    ids.push(addCard(map.doc, { stageId: second!.id, laneId: lane, title: "Ich zahle „sofort“ 5 €" }));
  });
  return { map, awareness, ids };
}

describe("a colleague's drag of several cards on my canvas", () => {
  it("moves every selected card live by the offset of the card they hold", async () => {
    const { map, awareness, ids } = threeCards();
    const [a, b, c] = ids as [string, string, string];
    await screen.findByText("I pay online");
    await waitFitted();
    const before = new Map(ids.map((id) => [id, placeOf(id)]));

    const held = before.get(b)!;
    setPeerState(awareness, 4243, {
      user: { name: "Jörg", color: "#2f9e44" },
      selection: [a, b, c],
      dragging: { cardId: b, x: held.x + 120, y: held.y + 40 },
    });
    await waitFor(() => expect(placeOf(b)).toEqual({ x: held.x + 120, y: held.y + 40 }));
    for (const id of [a, c]) {
      const was = before.get(id)!;
      expect(placeOf(id)).toEqual({ x: was.x + 120, y: was.y + 40 });
    }

    // They drop: the cards are back where the document has them until the drop's write arrives.
    setPeerState(awareness, 4243, { user: { name: "Jörg", color: "#2f9e44" }, selection: [a, b, c], dragging: null });
    await waitFor(() => expect(placeOf(a)).toEqual(before.get(a)));
    expect(placeOf(c)).toEqual(before.get(c));
    awareness.destroy();
    map.store.destroy();
  });

  it("moves no other card for a presence with odd ids or numbers, and keeps drawing", async () => {
    const { map, awareness, ids } = threeCards();
    const [a, b, c] = ids as [string, string, string];
    await screen.findByText("I pay online");
    await waitFitted();
    const before = new Map(ids.map((id) => [id, placeOf(id)]));
    const stageId = map.store.getState().journey.stages[0]!.id;

    setPeerState(awareness, 4244, {
      user: { name: "Mallory", color: "#1971c2" },
      selection: [`stage:${stageId}`, "cd_nowhere", a, c],
      dragging: { cardId: `stage:${stageId}`, x: 900, y: 900 },
    });
    setPeerState(awareness, 4245, {
      user: { name: "Eve", color: "#d9480f" },
      selection: [a, b, c],
      dragging: { cardId: b, x: Number.POSITIVE_INFINITY, y: 0 },
    });
    setPeerState(awareness, 4246, {
      user: { name: "Trudy", color: "#e8590c" },
      selection: { 0: a, length: 1 },
      dragging: { cardId: "cd_nowhere", x: 10, y: 10 },
    });
    // The outlines of their selections arrive; no card moves.
    await waitFor(() => expect(node(a).style.boxShadow).toContain("2px"));
    for (const id of ids) expect(placeOf(id)).toEqual(before.get(id));
    expect(screen.getByText("I pay online")).toBeInTheDocument();
    awareness.destroy();
    map.store.destroy();
  });

  it("leaves the card whose title I am typing where it is, so its field and my text stay on the map", async () => {
    const { map, awareness, ids } = threeCards();
    const [a, b] = ids as [string, string, string];
    await screen.findByText("I pay online");
    await waitFitted();
    // Far enough out that the card they drag far stays in view (the map draws only what is in view).
    viewFrom(0, 0, 0.5);
    const before = new Map(ids.map((id) => [id, placeOf(id)]));
    act(() => map.store.getState().actions.editCardTitle(b));
    const held = before.get(b)!;
    setPeerState(awareness, 4245, {
      user: { name: "Dev", color: "#2f9e44" },
      selection: [a, b],
      dragging: { cardId: b, x: held.x + 900, y: held.y + 700 },
    });
    // The other selected card moves with their drag; mine stays.
    await waitFor(() => expect(placeOf(a)).toEqual({ x: before.get(a)!.x + 900, y: before.get(a)!.y + 700 }));
    expect(placeOf(b)).toEqual(held);
    awareness.destroy();
    map.store.destroy();
  });

  it("follows the card whose title I am typing when a colleague's drop moves it out of my view", async () => {
    const { map, awareness } = renderCanvasWithPeers(<ZoomControl />);
    await screen.findByText("I pay online");
    await waitFitted();
    const { journey } = map.store.getState();
    const last = journey.stages.at(-1)!;
    const lane = journey.lanes.at(-1)!;
    const card = map.cardId;
    viewFrom(0, 0, 1);
    const viewport = () => document.querySelector<HTMLElement>(".react-flow__viewport")!.style.transform;
    const before = viewport();
    act(() => map.store.getState().actions.editCardTitle(card));
    // Their drop, as it arrives: the card goes to the last stage's last lane, far off my view's top left.
    act(() => moveCards(map.doc, [{ id: card, stageId: last.id, laneId: lane.id }]));
    await waitFor(() => expect(viewport()).not.toBe(before));
    await waitFor(() => expect(node(card)).toBeTruthy());
    awareness.destroy();
    map.store.destroy();
  });
});

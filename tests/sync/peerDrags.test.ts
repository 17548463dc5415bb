// A colleague dragging several selected cards: every card of the drag moves live on my page, from its own place by
// the offset of the card their presence holds; what a broken or hostile presence names moves nothing it should not.
import { describe, expect, it } from "vitest";
import { peerDragPositions, peersOf, type Peer } from "../../src/sync/peers";

/** Where the cards stand on my page. */
const places = new Map([
  ["cd_a", { x: 100, y: 200 }],
  ["cd_b", { x: 400, y: 200 }],
  ["cd_c", { x: 100, y: 500 }],
  ["cd_d", { x: 700, y: 500 }],
]);
const ada = { clientId: 1, name: "Ada", color: "#1971c2" };
const ben = { clientId: 2, name: "Ben", color: "#2f9e44" };

const at = (positions: ReturnType<typeof peerDragPositions>) =>
  Object.fromEntries([...positions].map(([id, p]) => [id, [p.x, p.y, p.name]]));

describe("peerDragPositions for a drag of several cards", () => {
  it("moves every card of the peer's selection by the offset of the card they hold", () => {
    const peers: Peer[] = [
      { ...ada, selection: ["cd_a", "cd_b", "cd_c"], dragging: { cardId: "cd_b", x: 430, y: 150 } },
    ];
    expect(at(peerDragPositions(peers, places))).toEqual({
      cd_b: [430, 150, "Ada"],
      cd_a: [130, 150, "Ada"],
      cd_c: [130, 450, "Ada"],
    });
  });

  it("moves only the held card when it is not in the peer's selection", () => {
    const peers: Peer[] = [{ ...ada, selection: ["cd_a", "cd_c"], dragging: { cardId: "cd_b", x: 430, y: 150 } }];
    expect(at(peerDragPositions(peers, places))).toEqual({ cd_b: [430, 150, "Ada"] });
  });

  it("moves nothing else for a held card my page does not know, and skips selected ids that are not cards here", () => {
    const unknownHeld: Peer[] = [{ ...ada, selection: ["cd_x", "cd_a"], dragging: { cardId: "cd_x", x: 1, y: 2 } }];
    expect(at(peerDragPositions(unknownHeld, places))).toEqual({ cd_x: [1, 2, "Ada"] });
    const oddIds: Peer[] = [
      {
        ...ada,
        selection: ["cd_a", "stage:st_1", "cn_1", "cd_gone", "cd_c"],
        dragging: { cardId: "cd_a", x: 90, y: 190 },
      },
    ];
    expect(at(peerDragPositions(oddIds, places))).toEqual({ cd_a: [90, 190, "Ada"], cd_c: [90, 490, "Ada"] });
  });

  it("never moves a card another peer holds in hand by someone's selection", () => {
    const peers: Peer[] = [
      { ...ada, selection: ["cd_a", "cd_d"], dragging: { cardId: "cd_a", x: 150, y: 250 } },
      { ...ben, selection: ["cd_d"], dragging: { cardId: "cd_d", x: 0, y: 0 } },
    ];
    expect(at(peerDragPositions(peers, places))).toEqual({ cd_a: [150, 250, "Ada"], cd_d: [0, 0, "Ben"] });
  });

  it("keeps to the held card alone without the cards' places", () => {
    const peers: Peer[] = [{ ...ada, selection: ["cd_a", "cd_b"], dragging: { cardId: "cd_a", x: 5, y: 6 } }];
    expect(at(peerDragPositions(peers))).toEqual({ cd_a: [5, 6, "Ada"] });
  });

  it("moves nothing for a presence with bad numbers or an oversized selection, and does not throw", () => {
    const user = { name: "Mallory", color: "#1971c2" };
    const states = new Map<number, unknown>([
      [2, { user, selection: ["cd_a", "cd_b"], dragging: { cardId: "cd_a", x: Number.NaN, y: 0 } }],
      [3, { user, selection: ["cd_a", "cd_b"], dragging: { cardId: "cd_a", x: "100", y: 0 } }],
      [4, { user, selection: ["cd_c", "cd_d"], dragging: { cardId: "cd_c", x: 1e12, y: 0 } }],
      [5, { user, selection: "cd_a", dragging: { cardId: ["cd_a"], x: 1, y: 1 } }],
      [6, { user, selection: [...Array(1001).keys()].map(() => "cd_b"), dragging: { cardId: "cd_b", x: 1, y: 1 } }],
    ]);
    const peers = peersOf(states, 1);
    expect(peers).toHaveLength(5);
    // Only the last one's held card, in its own place as given: its selection of more than 1,000 ids is left out.
    expect(at(peerDragPositions(peers, places))).toEqual({ cd_b: [1, 1, "Mallory"] });
  });

  it("moves each of 500 selected cards, though the presence names one", () => {
    const many = new Map([...Array(500).keys()].map((i) => [`cd_${i}`, { x: i * 10, y: 100 }]));
    const selection = [...many.keys()];
    const peers: Peer[] = [{ ...ada, selection, dragging: { cardId: "cd_7", x: 75, y: 90 } }];
    const positions = peerDragPositions(peers, many);
    expect(positions.size).toBe(500);
    expect(positions.get("cd_0")).toMatchObject({ x: 5, y: 90 });
    expect(positions.get("cd_499")).toMatchObject({ x: 4995, y: 90 });
  });
});

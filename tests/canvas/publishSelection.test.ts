// What of my selection goes into my presence: cards, then paths, as `selection`; stages and lanes as `headers`; and,
// for a box around thousands of cards, only as much as keeps my presence within the server's 16 KiB an update (past
// it the server drops the update, and my cursor and drags would stop for everyone) and within what a colleague's page
// reads (1,000 ids a list).
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { MAX_PUBLISHED_IDS, draggedToPublish, publishSelection } from "../../src/canvas/usePublishSelection";
import { parsePeer } from "../../src/sync/peers";
import { setIdentity } from "../../src/sync/identity";
import { setLocalPresence } from "../../src/sync/presence";

/** The server refuses an awareness update past this (server/rooms/limits.ts). */
const SERVER_LIMIT = 16 * 1024;

const ids = (prefix: string, n: number, length = 13) =>
  [...Array(n).keys()].map((i) => `${prefix}_${String(i).padStart(length - prefix.length - 1, "0")}`);

function presenceOf(select: Parameters<typeof publishSelection>[1]) {
  const awareness = new Awareness(new Y.Doc());
  setIdentity("Jörg Ölmüller-Straße");
  publishSelection(awareness, select);
  // The rest of a presence at its largest goes out with it: a cursor, a drag, a card edited, a header renamed.
  const longest = "x".repeat(100);
  const far = { x: -1234567.891011, y: -1234567.891011 };
  setLocalPresence(awareness, {
    cursor: far,
    dragging: { cardId: longest, ...far },
    editing: longest,
    renaming: longest,
  });
  const state = awareness.getLocalState() as Record<string, unknown>;
  const bytes = encodeAwarenessUpdate(awareness, [awareness.clientID]).byteLength;
  awareness.destroy();
  return { state, bytes };
}

describe("publishSelection", () => {
  it("puts the selected cards and then the selected paths into my presence, the stages and lanes apart", () => {
    const { state } = presenceOf({ cards: ["cd_1", "cd_2"], connections: ["cn_1"], stages: ["st_1"], lanes: ["ln_1"] });
    expect(state["selection"]).toEqual(["cd_1", "cd_2", "cn_1"]);
    expect(state["headers"]).toEqual(["st_1", "ln_1"]);
  });

  it("keeps the presence of a selection of 5,000 cards and paths within the server's limit and a reader's", () => {
    const { state, bytes } = presenceOf({
      cards: ids("cd", 4000),
      connections: ids("cn", 1000),
      stages: ids("st", 30),
      lanes: ids("ln", 8),
    });
    expect(bytes).toBeLessThan(SERVER_LIMIT);
    const selection = state["selection"] as string[];
    expect(selection.length).toBeGreaterThanOrEqual(500);
    expect(selection.length + (state["headers"] as string[]).length).toBeLessThanOrEqual(MAX_PUBLISHED_IDS);
    // The first cards of the selection, in order, and no path ahead of them; every stage and lane.
    expect(selection.slice(0, 3)).toEqual(ids("cd", 3));
    expect(selection.every((id) => id.startsWith("cd_"))).toBe(true);
    expect(state["headers"]).toHaveLength(38);
    // A colleague's page reads it all.
    expect(parsePeer(2, state)?.selection).toEqual(selection);
  });

  it("keeps within the server's limit with ids of the longest length the format allows", () => {
    const { bytes, state } = presenceOf({ cards: ids("cd", 1000, 100), connections: [], stages: [], lanes: [] });
    expect(bytes).toBeLessThan(SERVER_LIMIT);
    expect((state["selection"] as string[]).length).toBeGreaterThan(100);
  });
});

describe("draggedToPublish", () => {
  it("names the first selected card of a drag of a large selection, which goes out with the selection", () => {
    const selected = ids("cd", 3000);
    // React Flow reports the cards in its own order: here the last selected one first.
    const moved = new Map(selected.toReversed().map((id, i) => [id, { x: i, y: 2 * i }]));
    const held = draggedToPublish(moved, selected);
    expect(held).toEqual({ cardId: selected[0], x: 2999, y: 5998 });
    const { state } = presenceOf({ cards: selected, connections: [], stages: [], lanes: [] });
    expect(state["selection"]).toContain(held?.cardId);
  });

  it("names the first card that moved when the first selected one does not move, and nothing for no move", () => {
    const moved = new Map([
      ["cd_b", { x: 1, y: 2 }],
      ["cd_c", { x: 3, y: 4 }],
    ]);
    expect(draggedToPublish(moved, ["cd_a", "cd_b", "cd_c"])).toEqual({ cardId: "cd_b", x: 1, y: 2 });
    expect(draggedToPublish(moved, [])).toEqual({ cardId: "cd_b", x: 1, y: 2 });
    expect(draggedToPublish(new Map(), ["cd_a"])).toBeNull();
  });
});

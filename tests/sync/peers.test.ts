// Remote presence states are parsed, capped and dropped when unusable.
import { describe, expect, it } from "vitest";
import { parsePeer, peerDragPositions, peerSelectionColors, peerTags, peersOf } from "../../src/sync/peers";
import { MAX_NAME_LENGTH, PALETTE } from "../../src/sync/identity";

describe("parsePeer", () => {
  it("keeps a well-formed state with all its fields", () => {
    const peer = parsePeer(7, {
      user: { name: "Ada", color: "#1971c2" },
      cursor: { x: 10, y: -4.5 },
      selection: ["c1", "c2"],
      dragging: { cardId: "c1", x: 3, y: 4 },
    });
    expect(peer).toEqual({
      clientId: 7,
      name: "Ada",
      color: "#1971c2",
      cursor: { x: 10, y: -4.5 },
      selection: ["c1", "c2"],
      dragging: { cardId: "c1", x: 3, y: 4 },
    });
  });

  it("drops states without a user or with an empty name", () => {
    expect(parsePeer(1, null)).toBeNull();
    expect(parsePeer(1, "hello")).toBeNull();
    expect(parsePeer(1, { cursor: { x: 1, y: 2 } })).toBeNull();
    expect(parsePeer(1, { user: { name: 42 } })).toBeNull();
    expect(parsePeer(1, { user: { name: "   " } })).toBeNull();
  });

  it("caps long names and strips control characters", () => {
    const peer = parsePeer(1, { user: { name: `\u0007Eve${"x".repeat(500)}`, color: "#000000" } });
    expect(peer?.name.length).toBe(MAX_NAME_LENGTH);
    expect(peer?.name.startsWith("Eve")).toBe(true);
  });

  it("replaces a colour that is not a hex colour with one from the palette", () => {
    const peer = parsePeer(3, { user: { name: "Mallory", color: "red; background:url(x)" } });
    expect(PALETTE).toContain(peer?.color);
  });

  it("replaces a hex colour outside the palette, which white names and cursors would vanish on", () => {
    for (const color of ["#ffffff", "#FFFFFF", "#fffff0", "#f8f9fa"]) {
      const peer = parsePeer(3, { user: { name: "Mallory", color } });
      expect(PALETTE).toContain(peer?.color);
    }
    expect(parsePeer(3, { user: { name: "Ada", color: "#1971C2" } })?.color).toBe("#1971c2");
  });

  it("leaves out broken optional fields but keeps the person", () => {
    const peer = parsePeer(2, {
      user: { name: "Bob", color: "#2f9e44" },
      cursor: { x: "1", y: 2 },
      selection: "c1",
      dragging: { cardId: "", x: Infinity, y: 0 },
    });
    expect(peer).toEqual({ clientId: 2, name: "Bob", color: "#2f9e44" });
  });

  it("cuts a long name between characters, never inside an emoji", () => {
    const name = `${"ä".repeat(MAX_NAME_LENGTH - 1)}😀😀`;
    const peer = parsePeer(1, { user: { name, color: "#1971c2" } });
    expect(peer?.name).toBe(`${"ä".repeat(MAX_NAME_LENGTH - 1)}😀`);
    expect(peer?.name).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it("reads the card a person is editing, and leaves out a broken one", () => {
    const user = { name: "Ada", color: "#1971c2" };
    expect(parsePeer(1, { user, editing: "c1" })?.editing).toBe("c1");
    expect(parsePeer(1, { user, editing: null })).toEqual({ clientId: 1, ...user });
    expect(parsePeer(1, { user, editing: "" })).toEqual({ clientId: 1, ...user });
    expect(parsePeer(1, { user, editing: "x".repeat(201) })).toEqual({ clientId: 1, ...user });
  });

  it("leaves out coordinates far outside any map", () => {
    const peer = parsePeer(2, { user: { name: "Bob", color: "#2f9e44" }, cursor: { x: 1e12, y: 0 } });
    expect(peer?.cursor).toBeUndefined();
  });
});

describe("peersOf", () => {
  it("excludes myself and malformed states and sorts by client id", () => {
    const states = new Map<number, unknown>([
      [9, { user: { name: "Zed", color: "#d9480f" } }],
      [1, { user: { name: "Me", color: "#d9480f" } }],
      [5, { junk: true }],
      [4, { user: { name: "Ann", color: "#d9480f" } }],
    ]);
    expect(peersOf(states, 1).map((p) => p.name)).toEqual(["Ann", "Zed"]);
  });
});

describe("canvas helpers", () => {
  it("maps selected and dragged cards to the peer's colour", () => {
    const peers = [
      { clientId: 1, name: "A", color: "#111111", selection: ["c1"], dragging: { cardId: "c2", x: 5, y: 6 } },
      { clientId: 2, name: "B", color: "#222222", selection: ["c1", "c3"] },
    ];
    expect([...peerSelectionColors(peers)]).toEqual([
      ["c1", "#111111"],
      ["c3", "#222222"],
    ]);
    expect(peerDragPositions(peers).get("c2")).toEqual({ cardId: "c2", x: 5, y: 6, color: "#111111", name: "A" });
  });

  it("outlines a card in the colour of the person editing it, before those who only selected it", () => {
    const peers = [
      { clientId: 1, name: "A", color: "#111111", selection: ["c1"] },
      { clientId: 2, name: "B", color: "#222222", selection: ["c1"], editing: "c1" },
      { clientId: 3, name: "C", color: "#333333", editing: "c9" },
    ];
    expect(peerSelectionColors(peers).get("c1")).toBe("#222222");
    expect(peerSelectionColors(peers).get("c9")).toBe("#333333");
  });

  it("names each person on one card: the one they edit, else drag, else the first they selected", () => {
    const peers = [
      { clientId: 1, name: "A", color: "#111111", selection: ["c1", "c2", "c3"] },
      { clientId: 2, name: "B", color: "#222222", selection: ["c1"], dragging: { cardId: "c2", x: 0, y: 0 } },
      { clientId: 3, name: "C", color: "#333333", selection: ["c2"], editing: "c1" },
      { clientId: 4, name: "D", color: "#444444" },
    ];
    const tags = peerTags(peers);
    expect([...tags.keys()].sort()).toEqual(["c1", "c2"]);
    expect(tags.get("c1")?.map((t) => [t.name, t.editing])).toEqual([
      ["C", true],
      ["A", false],
    ]);
    expect(tags.get("c2")?.map((t) => t.name)).toEqual(["B"]);
    expect(tags.get("c2")?.[0]).toEqual({ clientId: 2, name: "B", color: "#222222", editing: false });
  });
});

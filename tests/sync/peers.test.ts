// Remote presence states are parsed, capped and dropped when unusable.
import { describe, expect, it } from "vitest";
import { parsePeer, peerDragPositions, peerSelectionColors, peersOf } from "../../src/sync/peers";
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
});

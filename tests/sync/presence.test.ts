// @vitest-environment jsdom
// My awareness state: merged patches, throttled positions, and the peers hook.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { peerParts, PRESENCE_INTERVAL_MS, setLocalPresence, usePeersPick } from "../../src/sync/presence";
import { reloadIdentity, setIdentity } from "../../src/sync/identity";

beforeEach(() => {
  localStorage.clear();
  reloadIdentity();
  setIdentity("Ada");
});
afterEach(() => {
  vi.useRealTimers();
});

function pair(): { mine: Awareness; theirs: Awareness } {
  const mine = new Awareness(new Y.Doc());
  const theirs = new Awareness(new Y.Doc());
  mine.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    applyAwarenessUpdate(theirs, encodeAwarenessUpdate(mine, [...added, ...updated, ...removed]), "test");
  });
  return { mine, theirs };
}

describe("setLocalPresence", () => {
  it("merges patches into one state that carries my name and colour", () => {
    const { mine } = pair();
    setLocalPresence(mine, { selection: ["c1"] });
    setLocalPresence(mine, { cursor: { x: 1, y: 2 } });
    expect(mine.getLocalState()).toMatchObject({
      user: { name: "Ada" },
      selection: ["c1"],
      cursor: { x: 1, y: 2 },
      dragging: null,
    });
    expect(mine.getLocalState()?.["user"]).not.toHaveProperty("id");
  });

  it("sends at most one cursor position per interval and always the last one", () => {
    vi.useFakeTimers();
    const { mine } = pair();
    const sent: unknown[] = [];
    mine.on("change", () => sent.push(mine.getLocalState()?.["cursor"]));
    for (let i = 0; i < 10; i++) setLocalPresence(mine, { cursor: { x: i, y: i } });
    expect(sent).toEqual([{ x: 0, y: 0 }]);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(sent).toEqual([
      { x: 0, y: 0 },
      { x: 9, y: 9 },
    ]);
  });

  it("clears a drag at once and never resurrects it from a pending position", () => {
    vi.useFakeTimers();
    const { mine } = pair();
    setLocalPresence(mine, { dragging: { cardId: "c1", x: 0, y: 0 } });
    setLocalPresence(mine, { dragging: { cardId: "c1", x: 5, y: 5 } });
    setLocalPresence(mine, { dragging: null });
    expect(mine.getLocalState()?.["dragging"]).toBeNull();
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS * 2);
    expect(mine.getLocalState()?.["dragging"]).toBeNull();
  });

  it("sends the card I edit at once, even while a cursor position waits, and clears it", () => {
    vi.useFakeTimers();
    const { mine, theirs } = pair();
    setLocalPresence(mine, { cursor: { x: 0, y: 0 } });
    setLocalPresence(mine, { cursor: { x: 1, y: 1 } });
    expect(theirs.getStates().get(mine.clientID)?.["editing"]).toBeNull();
    setLocalPresence(mine, { editing: "c1" });
    expect(theirs.getStates().get(mine.clientID)?.["editing"]).toBe("c1");
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(theirs.getStates().get(mine.clientID)).toMatchObject({ editing: "c1", cursor: { x: 1, y: 1 } });
    setLocalPresence(mine, { editing: null });
    expect(theirs.getStates().get(mine.clientID)?.["editing"]).toBeNull();
  });
});

const SELECTIONS = peerParts(["selection"]);

describe("usePeersPick", () => {
  it("lists the other person, not me, and keeps the same value while nothing it picks changes", () => {
    const { mine, theirs } = pair();
    const { result } = renderHook(() => usePeersPick(theirs, SELECTIONS));
    expect(result.current).toEqual([]);
    act(() => setLocalPresence(mine, { selection: ["c1"] }));
    expect(result.current).toEqual([
      { clientId: mine.clientID, name: "Ada", color: expect.any(String), selection: ["c1"] },
    ]);
    const before = result.current;
    act(() => setLocalPresence(mine, { selection: ["c1"] }));
    expect(result.current).toBe(before);
    // My own state, and their cursor, are not what it picks.
    act(() => theirs.setLocalState({ user: { name: "Me", color: "#000000" }, cursor: { x: 1, y: 1 } }));
    act(() => setLocalPresence(mine, { cursor: { x: 5, y: 5 } }));
    expect(result.current).toBe(before);
    act(() => setLocalPresence(mine, { selection: ["c2"] }));
    expect(result.current).toEqual([expect.objectContaining({ selection: ["c2"] })]);
  });
});

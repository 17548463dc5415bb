// @vitest-environment jsdom
// The view a person publishes (the rectangle of the map their page shows) and whom they follow, read at the edge:
// a broken field is left out and never hides the person; my own view goes out throttled like my cursor.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { parsePeer } from "../../src/sync/peers";
import { PRESENCE_INTERVAL_MS, setLocalPresence } from "../../src/sync/presence";
import { reloadIdentity, setIdentity } from "../../src/sync/identity";

const user = { name: "Anna", color: "#2f9e44" };

beforeEach(() => {
  localStorage.clear();
  reloadIdentity();
  setIdentity("Ben");
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a peer's view", () => {
  it("is read when it is a rectangle in map coordinates with a positive size", () => {
    const view = { x: -120.5, y: 40, width: 1440, height: 900 };
    expect(parsePeer(7, { user, view })?.view).toEqual(view);
  });

  it("leaves out only the view when it is broken, never the person", () => {
    const broken: unknown[] = [
      { x: 0, y: 0, width: 0, height: 900 },
      { x: 0, y: 0, width: 1440, height: -900 },
      { x: Number.NaN, y: 0, width: 1440, height: 900 },
      { x: 0, y: Number.POSITIVE_INFINITY, width: 1440, height: 900 },
      { x: 0, y: 0, width: 1e12, height: 900 },
      { x: 2e7, y: 0, width: 1440, height: 900 },
      { x: "0", y: 0, width: 1440, height: 900 },
      { x: 0, y: 0, width: 1440 },
      [0, 0, 1440, 900],
      "everything",
      null,
    ];
    for (const view of broken) {
      const peer = parsePeer(7, { user, view, cursor: { x: 1, y: 2 } });
      expect(peer).toEqual({ clientId: 7, name: "Anna", color: "#2f9e44", cursor: { x: 1, y: 2 } });
    }
  });

  it("keeps only the four numbers of a view that carries more", () => {
    expect(parsePeer(7, { user, view: { x: 1, y: 2, width: 3, height: 4, html: "<b>" } })?.view).toEqual({
      x: 1,
      y: 2,
      width: 3,
      height: 4,
    });
  });

  it("reads whom a person follows as a client id, and nothing else", () => {
    expect(parsePeer(7, { user, following: 12 })?.following).toBe(12);
    for (const following of [-1, 1.5, 2 ** 32, "12", null, 7]) {
      const peer = parsePeer(7, { user, following });
      expect(peer).not.toBeNull();
      expect(peer).not.toHaveProperty("following");
    }
  });
});

describe("publishing my view", () => {
  it("sends at most one view per interval and always the last one", () => {
    vi.useFakeTimers();
    const mine = new Awareness(new Y.Doc());
    const sent: unknown[] = [];
    mine.on("change", () => sent.push(mine.getLocalState()?.["view"]));
    for (let i = 0; i < 10; i++) setLocalPresence(mine, { view: { x: i, y: 0, width: 800, height: 600 } });
    expect(sent).toEqual([{ x: 0, y: 0, width: 800, height: 600 }]);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(sent.at(-1)).toEqual({ x: 9, y: 0, width: 800, height: 600 });
    expect(sent).toHaveLength(2);
  });

  it("sends my view and my cursor together in one update", () => {
    vi.useFakeTimers();
    const mine = new Awareness(new Y.Doc());
    setLocalPresence(mine, { cursor: { x: 0, y: 0 } });
    let updates = 0;
    mine.on("update", () => updates++);
    setLocalPresence(mine, { cursor: { x: 5, y: 5 } });
    setLocalPresence(mine, { view: { x: 5, y: 5, width: 800, height: 600 } });
    expect(updates).toBe(0);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(updates).toBe(1);
    expect(mine.getLocalState()).toMatchObject({ cursor: { x: 5, y: 5 }, view: { x: 5, y: 5 } });
  });
});

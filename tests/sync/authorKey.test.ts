// @vitest-environment jsdom
// The per-browser author key the comments API recognises me by, and the list of what I wrote per map.
import { beforeEach, describe, expect, it } from "vitest";
import { AUTHOR_KEY_STORAGE, getAuthorKey, reloadAuthorKey } from "../../src/sync/authorKey";
import {
  AUTHORED_STORAGE,
  MAX_AUTHORED_PER_MAP,
  authoredIds,
  reloadAuthored,
  rememberAuthored,
  subscribeAuthored,
} from "../../src/sync/authoredComments";

beforeEach(() => {
  localStorage.clear();
  reloadAuthorKey();
  reloadAuthored();
});

describe("the author key", () => {
  it("is a random secret long enough for the server, kept across visits", () => {
    const key = getAuthorKey();
    expect(key).toMatch(/^[0-9a-f]{48}$/);
    reloadAuthorKey();
    expect(getAuthorKey()).toBe(key);
    expect(localStorage.getItem(AUTHOR_KEY_STORAGE)).toBe(key);
  });

  it("differs between browsers (fresh storage)", () => {
    const first = getAuthorKey();
    localStorage.clear();
    reloadAuthorKey();
    expect(getAuthorKey()).not.toBe(first);
  });

  it("replaces a damaged or too short stored value", () => {
    localStorage.setItem(AUTHOR_KEY_STORAGE, "short");
    const key = getAuthorKey();
    expect(key).not.toBe("short");
    expect(key.length).toBeGreaterThanOrEqual(16);
    expect(localStorage.getItem(AUTHOR_KEY_STORAGE)).toBe(key);
  });
});

describe("the comments I wrote", () => {
  it("are remembered per map across visits and tell listeners", () => {
    let calls = 0;
    const off = subscribeAuthored(() => calls++);
    rememberAuthored("m1", "cm_a");
    rememberAuthored("m1", "rp_b");
    rememberAuthored("m2", "cm_c");
    off();
    expect(calls).toBe(3);
    reloadAuthored();
    expect([...authoredIds("m1")]).toEqual(["cm_a", "rp_b"]);
    expect([...authoredIds("m2")]).toEqual(["cm_c"]);
    expect(authoredIds("m3").size).toBe(0);
  });

  it("hand out the same set until something is added", () => {
    rememberAuthored("m1", "cm_a");
    const first = authoredIds("m1");
    expect(authoredIds("m1")).toBe(first);
    rememberAuthored("m1", "cm_b");
    expect(authoredIds("m1")).not.toBe(first);
    expect(authoredIds("m1").has("cm_b")).toBe(true);
  });

  it("ignore a damaged stored list instead of failing", () => {
    localStorage.setItem(AUTHORED_STORAGE, "{not json");
    reloadAuthored();
    expect(authoredIds("m1").size).toBe(0);
    localStorage.setItem(AUTHORED_STORAGE, JSON.stringify({ m1: "cm_a" }));
    reloadAuthored();
    expect(authoredIds("m1").size).toBe(0);
  });

  it("keep only the newest ids of a map beyond the cap", () => {
    const many = Array.from({ length: MAX_AUTHORED_PER_MAP + 2 }, (_, i) => `cm_${i}`);
    localStorage.setItem(AUTHORED_STORAGE, JSON.stringify({ m1: many.slice(0, -1) }));
    reloadAuthored();
    rememberAuthored("m1", many[many.length - 1] ?? "");
    const ids = authoredIds("m1");
    expect(ids.size).toBe(MAX_AUTHORED_PER_MAP);
    expect(ids.has("cm_0")).toBe(false);
    expect(ids.has(`cm_${MAX_AUTHORED_PER_MAP + 1}`)).toBe(true);
  });
});

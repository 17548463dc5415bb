// @vitest-environment jsdom
// The browser's list of maps: damaged entries never hide good ones and survive a write.
import { beforeEach, describe, expect, it } from "vitest";
import {
  LINK_ROLES,
  STORED_MAPS_KEY,
  findStoredMap,
  readStoredMaps,
  roleOfLink,
  storeReplacedLink,
} from "../../src/sync/storedMaps";

beforeEach(() => localStorage.clear());

describe("stored maps", () => {
  it("reads nothing from missing, broken or non-list storage", () => {
    expect(readStoredMaps()).toEqual([]);
    localStorage.setItem(STORED_MAPS_KEY, "{not json");
    expect(readStoredMaps()).toEqual([]);
    localStorage.setItem(STORED_MAPS_KEY, '{"id":"a"}');
    expect(readStoredMaps()).toEqual([]);
  });

  it("skips a damaged entry and keeps the good ones, extra fields included", () => {
    localStorage.setItem(
      STORED_MAPS_KEY,
      JSON.stringify([
        { id: "a", title: "A", role: "king", link: "x" },
        { id: "b", title: "B", role: "editor", link: "http://h/m/b#token=t", lastOpened: "2026-11-22" },
      ]),
    );
    expect(readStoredMaps()).toEqual([
      { id: "b", title: "B", role: "editor", link: "http://h/m/b#token=t", lastOpened: "2026-11-22" },
    ]);
    expect(findStoredMap("a")).toBeUndefined();
  });

  it("writes a replaced link into its map only and leaves unreadable entries as they were", () => {
    const damaged = { id: "a", role: 5 };
    const links = { owner: "o1", edit: "e1", comment: "c1", view: "v1" };
    localStorage.setItem(
      STORED_MAPS_KEY,
      JSON.stringify([damaged, { id: "b", title: "B", role: "owner", link: "o1", links }]),
    );
    storeReplacedLink("b", "view", "v2");
    storeReplacedLink("b", "owner", "o2");
    const raw = JSON.parse(localStorage.getItem(STORED_MAPS_KEY) ?? "[]") as unknown[];
    expect(raw[0]).toEqual(damaged);
    expect(findStoredMap("b")).toEqual({
      id: "b",
      title: "B",
      role: "owner",
      link: "o2",
      links: { ...links, view: "v2", owner: "o2" },
    });
  });

  it("knows which role each kind of link grants", () => {
    expect(LINK_ROLES.map(roleOfLink)).toEqual(["owner", "editor", "commenter", "viewer"]);
  });
});

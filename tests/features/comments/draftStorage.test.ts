// @vitest-environment jsdom
// How comment drafts are kept in localStorage: per map, at most 50 (the oldest go), each within the comment text
// limit and never cut inside an emoji, beside the drafts another tab keeps, and in the page when the storage is full.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DRAFTS_STORAGE_PREFIX,
  MAX_DRAFT_MAPS,
  MAX_DRAFTS_PER_MAP,
  draftOf,
  draftsUnder,
  dropDraft,
  forgetDrafts,
  keepDraft,
} from "../../../src/features/comments/drafts";
import { MAX_COMMENT_LENGTH } from "../../../src/features/comments/validateText";

const key = (box: string, mapId = "m_1"): string => `${mapId}\u0000${box}`;
const stored = (mapId = "m_1"): { box: string; text: string }[] =>
  (JSON.parse(localStorage.getItem(DRAFTS_STORAGE_PREFIX + mapId) ?? '{"drafts":[]}') as { drafts: [] }).drafts;

beforeEach(() => {
  localStorage.clear();
  forgetDrafts();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("comment drafts in localStorage", () => {
  it("keeps each map's drafts under its own key and reads them back in a fresh page", () => {
    keepDraft(key("reply:c_1"), "Größe „Preis“ 1.000 € ß 👍🏽");
    keepDraft(key("reply:c_1", "m_2"), "other map");
    forgetDrafts();
    expect(draftOf(key("reply:c_1"))).toBe("Größe „Preis“ 1.000 € ß 👍🏽");
    expect(draftOf(key("reply:c_1", "m_2"))).toBe("other map");
    expect(stored("m_2")).toEqual([{ box: "reply:c_1", text: "other map" }]);
  });

  it(`stores at most ${MAX_DRAFTS_PER_MAP} drafts per map, dropping the oldest change first`, () => {
    for (let i = 0; i < MAX_DRAFTS_PER_MAP + 10; i++) keepDraft(key(`reply:c_${i}`), `Text ${i}`);
    // Changed again, the first one is the newest now and stays.
    keepDraft(key("reply:c_0"), "Text 0, weiter");
    const boxes = stored().map((d) => d.box);
    expect(boxes).toHaveLength(MAX_DRAFTS_PER_MAP);
    expect(boxes.at(-1)).toBe("reply:c_0");
    expect(boxes).not.toContain("reply:c_1");
    expect(boxes).not.toContain("reply:c_10");
    expect(boxes).toContain("reply:c_11");
    // The page itself loses none of them.
    expect(draftsUnder(key("reply:"))).toHaveLength(MAX_DRAFTS_PER_MAP + 10);
  });

  it("stores a text past the comment limit cut to the limit in characters (an emoji is one), never inside one", () => {
    const long = `${"a".repeat(MAX_COMMENT_LENGTH - 1)}👍🏽 und noch mehr`;
    keepDraft(key("new:map"), long);
    expect(draftOf(key("new:map"))).toBe(long);
    // 👍🏽 is two characters (the hand and its skin tone): the limit falls between them.
    expect(stored()[0]!.text).toBe(`${"a".repeat(MAX_COMMENT_LENGTH - 1)}👍`);
    // A draft of emoji only, at the limit in characters but twice as long in UTF-16, is kept whole.
    const emoji = "🚗".repeat(MAX_COMMENT_LENGTH);
    keepDraft(key("new:map"), emoji);
    expect(stored()[0]!.text).toBe(emoji);
  });

  it("leaves another tab's drafts of the same map in place", () => {
    keepDraft(key("new:map"), "hier");
    // Another tab, with its own page memory, writes its reply draft.
    const other = JSON.parse(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}m_1`)!) as { drafts: unknown[] };
    other.drafts.push({ box: "reply:c_7", text: "dort" });
    localStorage.setItem(`${DRAFTS_STORAGE_PREFIX}m_1`, JSON.stringify(other));
    keepDraft(key("new:map"), "hier, weiter");
    dropDraft(key("edit:c_3"));
    expect(stored()).toEqual([
      { box: "reply:c_7", text: "dort" },
      { box: "new:map", text: "hier, weiter" },
    ]);
  });

  it("keeps a draft in the page when the storage is full, and makes room by dropping the oldest", () => {
    keepDraft(key("reply:c_1"), "alt");
    keepDraft(key("reply:c_2"), "mittel");
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(function (this: Storage) {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(() => keepDraft(key("reply:c_3"), "neu")).not.toThrow();
    expect(draftOf(key("reply:c_3"))).toBe("neu");
    setItem.mockRestore();
    // Room for two only: the oldest goes.
    const real = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(function (this: Storage, k: string, v: string) {
      if ((JSON.parse(v) as { drafts: unknown[] }).drafts.length > 2)
        throw new DOMException("full", "QuotaExceededError");
      real.call(this, k, v);
    });
    keepDraft(key("reply:c_4"), "neuer");
    expect(stored().map((d) => d.box)).toEqual(["reply:c_2", "reply:c_4"]);
  });

  it(`stores the drafts of at most ${MAX_DRAFT_MAPS} maps, dropping those of the map written least recently`, () => {
    vi.useFakeTimers();
    for (let i = 0; i < MAX_DRAFT_MAPS; i++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 11, 1, 10, i)));
      keepDraft(key("new:map", `m_${i}`), `Karte ${i}`);
    }
    // The first map is written again later, so the second is the one written least recently.
    vi.setSystemTime(new Date(Date.UTC(2026, 11, 1, 11)));
    keepDraft(key("new:map", "m_0"), "Karte 0, später");
    localStorage.setItem("outside-in.language", "de");
    keepDraft(key("reply:c_1", "m_new"), "neu");
    const maps = Object.keys(localStorage).filter((k) => k.startsWith(DRAFTS_STORAGE_PREFIX));
    expect(maps).toHaveLength(MAX_DRAFT_MAPS);
    expect(maps).not.toContain(`${DRAFTS_STORAGE_PREFIX}m_1`);
    expect(maps).toContain(`${DRAFTS_STORAGE_PREFIX}m_0`);
    expect(maps).toContain(`${DRAFTS_STORAGE_PREFIX}m_new`);
    // Nothing else in the storage is touched.
    expect(localStorage.getItem("outside-in.language")).toBe("de");
  });

  it("removes the map's entry once its last draft is gone", () => {
    keepDraft(key("new:map"), "x");
    keepDraft(key("new:map"), "");
    expect(localStorage.getItem(`${DRAFTS_STORAGE_PREFIX}m_1`)).toBeNull();
    expect(draftOf(key("new:map"))).toBeUndefined();
  });
});

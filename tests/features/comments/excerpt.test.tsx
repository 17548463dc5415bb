// @vitest-environment jsdom
// A long comment in the thread list is cut with "…", never between the two halves of an emoji.
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { CommentsPanel } from "../../../src/features/comments";
import { excerpt } from "../../../src/features/comments/excerpt";
import { comment } from "./fixtures";
import { makeCommentsMap, renderWith } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(() => {
  vi.unstubAllGlobals();
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("the excerpt of a long comment", () => {
  it("cuts before an emoji that straddles the limit, and leaves short texts alone", () => {
    expect(excerpt("Größe 👍", 60)).toBe("Größe 👍");
    expect(excerpt(`${"ä".repeat(159)}👍 und mehr`, 160)).toBe(`${"ä".repeat(159)}…`);
    expect(excerpt(`${"ä".repeat(158)}👍 und mehr`, 160)).toBe(`${"ä".repeat(158)}👍…`);
  });

  it("shows no broken sign in the thread list", () => {
    const text = `${"Gut ".repeat(39)}abc👍👍 weiter`;
    const map = makeCommentsMap("viewer", [comment("c_1", { author: "Bärbel", text })]);
    renderWith(map.store, <CommentsPanel />);
    const shown = screen.getByTestId("thread-item").textContent ?? "";
    expect(shown).toContain("…");
    expect(LONE_SURROGATE.test(shown)).toBe(false);
    map.store.destroy();
  });
});

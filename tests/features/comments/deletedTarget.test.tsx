// @vitest-environment jsdom
// A thread whose card, stage or lane was deleted and that carries no quoted title (an imported file's
// comments have none) still says what it was about, without empty quotation marks.
import { afterEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import { CommentsPanel } from "../../../src/features/comments";
import { i18n } from "../../../src/i18n";
import { comment } from "./fixtures";
import { makeCommentsMap, renderWith } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(async () => {
  await act(() => i18n.changeLanguage("en"));
});

const threads = [
  comment("c_card", { anchor: { kind: "card", id: "cd_gone" }, createdAt: "2026-11-03T10:00:00.000Z" }),
  comment("c_stage", { anchor: { kind: "stage", id: "st_gone" }, createdAt: "2026-11-02T10:00:00.000Z" }),
  comment("c_lane", { anchor: { kind: "lane", id: "ln_gone" }, createdAt: "2026-11-01T10:00:00.000Z" }),
];

const targets = () =>
  screen.getAllByTestId("thread-item").map((el) => within(el).getByTestId("thread-target").textContent);

describe("a thread on a deleted target without a quoted title", () => {
  it("says it was on a deleted card, stage or lane, in English and in German", async () => {
    const map = makeCommentsMap("viewer", threads);
    renderWith(map.store, <CommentsPanel />);
    expect(targets()).toEqual(["On a deleted card", "On a deleted stage", "On a deleted lane"]);
    await act(() => i18n.changeLanguage("de"));
    expect(targets()).toEqual(["Zu einer gelöschten Karte", "Zu einer gelöschten Phase", "Zu einer gelöschten Zeile"]);
    map.store.destroy();
  });
});

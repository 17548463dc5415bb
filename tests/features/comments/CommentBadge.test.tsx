// @vitest-environment jsdom
// The open-threads badge on a card, stage or lane: its count follows the comments document, and a
// click opens the newest open thread of its target in the comments panel, with the others a click away.
import { afterEach, describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentBadge } from "../../../src/canvas/nodes/CommentBadge";
import { CommentsPanel } from "../../../src/features/comments";
import { comment } from "./fixtures";
import { makeCommentsMap, renderWith } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

describe("the comment badge", () => {
  it("counts the open threads of its target only and disappears when none is left", () => {
    const map = makeCommentsMap("viewer");
    destroy = () => map.store.destroy();
    const on = (id: string, resolved = false) => comment(id, { anchor: { kind: "card", id: map.cardId }, resolved });
    map.put(on("a"));
    map.put(on("b"));
    map.put(on("c", true));
    map.put(comment("d", { anchor: { kind: "stage", id: map.stageId } }));
    renderWith(map.store, <CommentBadge targetId={map.cardId} />);
    const badge = screen.getByTestId("card-comments");
    expect(badge).toHaveAttribute("data-count", "2");
    expect(badge).toHaveAccessibleName("2 open comment threads");
    map.put(on("a", true));
    expect(screen.getByTestId("card-comments")).toHaveAttribute("data-count", "1");
    map.put(on("b", true));
    expect(screen.queryByTestId("card-comments")).toBeNull();
  });

  it("opens the newest open thread of its target in the comments panel and selects the target", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("viewer");
    destroy = () => map.store.destroy();
    const on = (id: string, createdAt: string, text: string) =>
      comment(id, { anchor: { kind: "stage", id: map.stageId }, createdAt, text });
    map.put(on("older", "2026-11-01T00:00:00.000Z", "First thought"));
    map.put(on("newer", "2026-11-02T00:00:00.000Z", "Second thought"));
    renderWith(
      map.store,
      <>
        <CommentBadge targetId={map.stageId} />
        <CommentsPanel />
      </>,
    );
    await user.click(screen.getByTestId("card-comments"));
    const state = map.store.getState();
    expect(state.ui.panel).toBe("comments");
    expect(state.ui.openThreadId).toBe("newer");
    expect(state.ui.selection.stages).toEqual([map.stageId]);
    expect(screen.getByTestId("thread-view")).toHaveTextContent("Second thought");
    // The other thread on the same stage is one click away.
    await user.click(screen.getByRole("button", { name: "Ada: First thought" }));
    expect(map.store.getState().ui.openThreadId).toBe("older");
    expect(screen.getByTestId("thread-head")).toHaveTextContent("First thought");
  });
});

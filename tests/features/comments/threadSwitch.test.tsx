// @vitest-environment jsdom
// Another thread opened from "Other threads here" starts with its own reply box and its own edit state: what was typed
// in the first thread is neither shown in the second nor sent to it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { comment } from "./fixtures";
import { makeCommentsMap, markMine, renderWith } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(() => vi.unstubAllGlobals());

describe("switching between threads on the same card", () => {
  it("shows each thread's own reply and edit boxes, and the first thread's drafts again on the way back", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    const on = { kind: "card" as const, id: map.cardId };
    map.put(comment("c_1", { anchor: on, author: "Ada", text: "Erste", createdAt: "2026-11-21T10:00:00.000Z" }));
    map.put(comment("c_2", { anchor: on, author: "Ada", text: "Zweite", createdAt: "2026-11-20T10:00:00.000Z" }));
    markMine("c_1", "c_2");
    renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getAllByTestId("thread-item")[0]!);
    await user.type(screen.getByRole("textbox", { name: "Reply" }), "Antwort an die erste");
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await user.type(screen.getByRole("textbox", { name: "Edit" }), " – geändert");

    await user.click(within(screen.getByTestId("same-target")).getByRole("button", { name: /Zweite/ }));
    expect(screen.getByTestId("thread-head")).toHaveTextContent("Zweite");
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue("");
    expect(screen.queryByRole("textbox", { name: "Edit" })).toBeNull();

    await user.click(within(screen.getByTestId("same-target")).getByRole("button", { name: /Erste/ }));
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue("Antwort an die erste");
    expect(screen.getByRole("textbox", { name: "Edit" })).toHaveValue("Erste – geändert");
    map.store.destroy();
  });
});

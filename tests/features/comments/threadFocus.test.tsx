// @vitest-environment jsdom
// A keyboard user opening a thread from the list, going back, and deleting a thread: the focus stays in the
// comments panel (on the thread, then on its entry in the list, else on the heading), never on the page itself.
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { comment } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the focus around a thread", () => {
  it("goes to the opened thread, back to its entry in the list, and to the heading once the thread is deleted", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { author: "Ada", text: "Größe der Schrift?", createdAt: "2026-11-21T10:00:00.000Z" }),
      comment("c_2", { author: "Bob", text: "Other", createdAt: "2026-11-20T10:00:00.000Z" }),
    ]);
    markMine("c_1");
    stubFetch(() => ({ status: 204 }));
    renderWith(map.store, <CommentsPanel />);
    const second = screen.getAllByTestId("thread-item")[1]!;
    second.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("thread-view")).toHaveFocus();
    expect(screen.getByTestId("thread-view")).toHaveAccessibleName("The whole map");

    await user.tab();
    expect(screen.getByRole("button", { name: /All threads/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getAllByTestId("thread-item")[1]).toHaveFocus();
    expect(document.activeElement?.getAttribute("data-thread-id")).toBe("c_2");

    screen.getAllByTestId("thread-item")[0]!.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("thread-view")).toHaveFocus();
    screen.getByRole("button", { name: "Delete" }).focus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Shift>}{Tab}{/Shift}{Enter}");
    await waitFor(() => expect(screen.queryByTestId("thread-view")).toBeNull());
    // The list may still hold the thread until the comments document hears of the deletion.
    expect(screen.getByRole("heading", { name: "Comments" })).toHaveFocus();
    map.remove("c_1");
    expect(screen.getByRole("heading", { name: "Comments" })).toHaveFocus();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Deleting one's own reply by keyboard: once the reply is gone, the focus is on its thread, not on the page.
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { comment, reply } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("deleting a reply by keyboard", () => {
  it("leaves the focus on the thread once the reply is gone", async () => {
    const user = userEvent.setup();
    const thread = comment("c_1", { author: "Bob", text: "Größe?", replies: [reply("r_1", { author: "Ada" })] });
    const map = makeCommentsMap("commenter", [thread]);
    markMine("r_1");
    const calls = stubFetch(() => ({ status: 204 }));
    renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getByTestId("thread-item"));
    within(screen.getByTestId("thread-reply")).getByRole("button", { name: "Delete" }).focus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Shift>}{Tab}{/Shift}{Enter}");
    await waitFor(() => expect(calls).toHaveLength(1));
    map.put({ ...thread, replies: [] });
    expect(screen.queryByTestId("thread-reply")).toBeNull();
    expect(screen.getByTestId("thread-view")).toHaveFocus();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// On a slow network a person sends a comment and goes on typing the next thought while it is on its way: when the
// server takes the comment, only the sent text leaves the box; what was typed after it stays.
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { comment } from "./fixtures";
import { makeCommentsMap, renderWith } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("typing while a comment is being sent", () => {
  it("keeps what was typed after the sent text", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      "fetch",
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    renderWith(map.store, <CommentsPanel />);
    const box = screen.getByRole("textbox", { name: "New comment" });
    await user.type(box, "Erster Gedanke über „Größe“.");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(screen.getByRole("button", { name: /Sending/ })).toBeInTheDocument());
    await user.type(box, " Zweiter Gedanke: 1.000 €?");
    answer(new Response(JSON.stringify(comment("c_9")), { status: 201 }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Comment" })).toBeInTheDocument());
    expect(box).toHaveValue("Zweiter Gedanke: 1.000 €?");
    map.store.destroy();
  });
});

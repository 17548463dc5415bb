// @vitest-environment jsdom
// The comments panel driven like a person: threads newest first and filtered, mentions, a deleted
// target, opening a thread, writing, refusals, resolving, editing and deleting, and read-only links.
import { afterEach, describe, expect, it } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { CommentsPanel } from "../../../src/features/comments";
import { comment, reply } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(() => {
  vi.unstubAllGlobals();
});

const items = () => screen.queryAllByTestId("thread-item").map((el) => el.getAttribute("data-thread-id"));

describe("the comments panel", () => {
  it("lists threads newest activity first and filters them by open, resolved, mine and mentions", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_old", { createdAt: "2026-11-01T10:00:00.000Z", author: "Bob", text: "Ping @Ada" }),
      comment("c_res", { createdAt: "2026-11-02T10:00:00.000Z", author: "Bob", resolved: true }),
      comment("c_mine", { createdAt: "2026-11-03T10:00:00.000Z" }),
      comment("c_busy", {
        createdAt: "2026-10-01T10:00:00.000Z",
        author: "Carol",
        replies: [reply("r_1", { createdAt: "2026-11-04T10:00:00.000Z" })],
      }),
    ]);
    markMine("c_mine");
    renderWith(map.store, <CommentsPanel />);
    expect(items()).toEqual(["c_busy", "c_mine", "c_res", "c_old"]);
    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(items()).toEqual(["c_busy", "c_mine", "c_old"]);
    await user.click(screen.getByRole("button", { name: "Resolved" }));
    expect(items()).toEqual(["c_res"]);
    await user.click(screen.getByRole("button", { name: "Mine" }));
    expect(items()).toEqual(["c_mine"]);
    expect(screen.getByTestId("open-mentions")).toHaveTextContent("1");
    expect(screen.getByTestId("filter-mentions")).toHaveAccessibleName("Mention me, 1 open thread mentions you");
    await user.click(screen.getByTestId("filter-mentions"));
    expect(items()).toEqual(["c_old"]);
    expect(screen.getByTestId("filter-mentions")).toHaveAttribute("aria-pressed", "true");
    // A thread arriving live joins the list in its place.
    map.put(comment("c_new", { createdAt: "2026-11-05T10:00:00.000Z", author: "Dora", text: "@ada see this" }));
    expect(items()).toEqual(["c_new", "c_old"]);
    expect(screen.getByTestId("open-mentions")).toHaveTextContent("2");
    map.store.destroy();
  });

  it("highlights mentions of known people as text and marks the ones of me", () => {
    const text = "@Bob and @Ada, <b>not bold</b> and @Stranger";
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text })]);
    const { container } = renderWith(map.store, <CommentsPanel />);
    const marks = screen.getAllByTestId("mention");
    expect(marks.map((m) => [m.textContent, m.classList.contains("mention-me")])).toEqual([
      ["@Bob", false],
      ["@Ada", true],
    ]);
    expect(screen.getByTestId("thread-item")).toHaveTextContent(text);
    expect(container.querySelector("b")).toBeNull();
    expect(within(screen.getByTestId("thread-item")).getByText(/mentions you/)).toBeInTheDocument();
    map.store.destroy();
  });

  it("keeps a thread on a deleted card readable, marked with the card's quoted title", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { anchor: { kind: "card", id: "cd_gone", quote: "I call the hotline" }, text: "Why?" }),
    ]);
    renderWith(map.store, <CommentsPanel />);
    expect(within(screen.getByTestId("thread-item")).getByTestId("thread-target")).toHaveTextContent(
      "On a deleted card “I call the hotline”",
    );
    await user.click(screen.getByTestId("thread-item"));
    const view = screen.getByTestId("thread-view");
    expect(within(view).getByTestId("thread-target")).toHaveTextContent("On a deleted card “I call the hotline”");
    expect(within(view).getByText("Why?")).toBeInTheDocument();
    expect(within(view).queryByRole("button", { name: "Show on the map" })).toBeNull();
    expect(map.store.getState().ui.focusRequest).toBeNull();
    map.store.destroy();
  });

  it("opens a thread from the list and selects and centres its card", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    map.put(comment("c_1", { anchor: { kind: "card", id: map.cardId }, text: "Is the price clear?" }));
    renderWith(map.store, <CommentsPanel />);
    expect(within(screen.getByTestId("thread-item")).getByTestId("thread-target")).toHaveTextContent(
      "Card “I pay online”",
    );
    await user.click(screen.getByTestId("thread-item"));
    const state = map.store.getState();
    expect(state.ui.openThreadId).toBe("c_1");
    expect(state.ui.panel).toBe("comments");
    expect(state.ui.selection.cards).toEqual([map.cardId]);
    expect(state.ui.focusRequest).toMatchObject({ kind: "card", id: map.cardId });
    expect(screen.getByTestId("thread-view")).toHaveTextContent("Is the price clear?");
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    expect(map.store.getState().ui.openThreadId).toBeNull();
    expect(screen.getByTestId("thread-list")).toBeInTheDocument();
    map.store.destroy();
  });

  it("starts a thread on the selected card with my name and author key; it appears when the document brings it", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    const calls = stubFetch(({ body }) => ({
      status: 201,
      body: comment("c_new", { ...(body as object), anchor: { kind: "card", id: map.cardId } }),
    }));
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWith(map.store, <CommentsPanel />);
    expect(screen.getByTestId("new-thread")).toHaveTextContent("About: Card “I pay online”");
    await user.type(screen.getByRole("textbox", { name: "New comment" }), "Which card do I use?");
    await user.click(screen.getByRole("button", { name: "Comment" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: "/api/maps/m_1/comments",
      body: { anchor: { kind: "card", id: map.cardId }, text: "Which card do I use?", author: "Ada" },
    });
    expect(calls[0]?.headers["Authorization"]).toBe("Bearer tok");
    expect(calls[0]?.headers["X-Author-Key"]).toMatch(/^[0-9a-f]{48}$/);
    await waitFor(() => expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(""));
    map.put(comment("c_new", { anchor: { kind: "card", id: map.cardId }, text: "Which card do I use?" }));
    expect(items()).toEqual(["c_new"]);
    await user.click(screen.getByRole("button", { name: "Mine" }));
    expect(items()).toEqual(["c_new"]);
    map.store.destroy();
  });

  it("comments on the whole map when nothing is selected", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("editor");
    const calls = stubFetch(() => ({ status: 201, body: comment("c_new") }));
    renderWith(map.store, <CommentsPanel />);
    expect(screen.getByTestId("new-thread")).toHaveTextContent("About: The whole map");
    await user.type(screen.getByRole("textbox", { name: "New comment" }), "Overall fine");
    await user.click(screen.getByRole("button", { name: "Comment" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.body).toMatchObject({ anchor: { kind: "map" } });
    map.store.destroy();
  });

  it("refuses an empty and a too long comment with a sentence and sends nothing", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    const calls = stubFetch(() => ({ status: 201, body: comment("x") }));
    renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getByRole("button", { name: "Comment" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Write something first.");
    const box = screen.getByRole("textbox", { name: "New comment" });
    fireEvent.change(box, { target: { value: "x".repeat(5001) } });
    expect(screen.getByTestId("compose-count")).toHaveTextContent("5,001 / 5,000 characters");
    await user.click(screen.getByRole("button", { name: "Comment" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "A comment can be at most 5,000 characters; this one has 5,001.",
    );
    expect(box).toHaveValue("x".repeat(5001));
    expect(calls).toHaveLength(0);
    map.store.destroy();
  });

  it("shows the server's sentence when it refuses, such as the rate limit, and keeps the text", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    stubFetch(() => ({ status: 429, body: { error: "You are commenting too fast; wait a minute and try again." } }));
    renderWith(map.store, <CommentsPanel />);
    const box = screen.getByRole("textbox", { name: "New comment" });
    await user.type(box, "One more");
    await user.click(screen.getByRole("button", { name: "Comment" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "You are commenting too fast; wait a minute and try again.",
    );
    expect(box).toHaveValue("One more");
    map.store.destroy();
  });

  it("lets the keyboard pick a mention: the arrow keys choose, Enter inserts, Escape closes the list only", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { author: "Anna Adler" }),
      comment("c_2", { author: "Andreas Berg" }),
    ]);
    renderWith(map.store, <CommentsPanel />);
    const box = screen.getByRole("textbox", { name: "New comment" });
    await user.type(box, "Bitte @An");
    expect(box).toHaveAccessibleDescription(expect.stringContaining("2 names to mention: Enter inserts @"));
    const first = (box.getAttribute("aria-describedby") ?? "").includes("mentions")
      ? (document.querySelector(".mention-suggestions [aria-current='true']")?.textContent ?? "")
      : "";
    await user.keyboard("{ArrowDown}");
    const second = document.querySelector(".mention-suggestions [aria-current='true']")?.textContent ?? "";
    expect(second).not.toBe(first);
    expect(box).toHaveAccessibleDescription(expect.stringContaining(`Enter inserts ${second}`));
    await user.keyboard("{Enter}");
    expect(box).toHaveValue(`Bitte ${second} `);
    expect(document.querySelector(".mention-suggestions")).toBeNull();
    // Escape closes the list of a new mention and keeps the text and the box.
    await user.type(box, "und @An");
    expect(document.querySelector(".mention-suggestions")).not.toBeNull();
    await user.keyboard("{Escape}");
    expect(document.querySelector(".mention-suggestions")).toBeNull();
    expect(box).toHaveValue(`Bitte ${second} und @An`);
    // Enter with the list closed is a line break, as before.
    await user.keyboard("{Enter}");
    expect(box).toHaveValue(`Bitte ${second} und @An\n`);
    map.store.destroy();
  });

  it("replies in a thread and offers the people who have joined as @mentions", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Grace Hopper" })]);
    const calls = stubFetch(() => ({ status: 201, body: reply("r_new", { author: "Ada" }) }));
    map.store.getState().actions.openThread("c_1");
    renderWith(map.store, <CommentsPanel />);
    const box = screen.getByRole("textbox", { name: "Reply" });
    await user.type(box, "Thanks @Gra");
    await user.click(screen.getByRole("button", { name: "Mention Grace Hopper" }));
    expect(box).toHaveValue("Thanks @Grace Hopper ");
    await user.type(box, "agreed");
    await user.click(screen.getByRole("button", { name: "Reply" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: "/api/maps/m_1/comments/c_1/replies",
      body: { text: "Thanks @Grace Hopper agreed", author: "Ada" },
    });
    map.store.destroy();
  });

  it("offers to resolve a thread only to its author and the owner, not to an editor", () => {
    const map = makeCommentsMap("editor", [comment("c_bob", { author: "Bob" }), comment("c_ada", { author: "Ada" })]);
    markMine("c_ada");
    map.store.getState().actions.openThread("c_bob");
    const view = renderWith(map.store, <CommentsPanel />);
    expect(screen.getByTestId("thread-status")).toHaveTextContent("Open");
    expect(screen.queryByRole("button", { name: "Resolve" })).toBeNull();
    act(() => map.store.getState().actions.openThread("c_ada"));
    expect(screen.getByRole("button", { name: "Resolve" })).toBeInTheDocument();
    view.unmount();
    map.store.destroy();
  });

  it("resolves and reopens a thread; the status follows the document", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("owner", [comment("c_1", { author: "Bob" })]);
    const calls = stubFetch(({ body }) => ({ status: 200, body: comment("c_1", body as object) }));
    map.store.getState().actions.openThread("c_1");
    renderWith(map.store, <CommentsPanel />);
    expect(screen.getByTestId("thread-status")).toHaveTextContent("Open");
    await user.click(screen.getByRole("button", { name: "Resolve" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: "PATCH", url: "/api/maps/m_1/comments/c_1", body: { resolved: true } });
    map.put(comment("c_1", { author: "Bob", resolved: true }));
    expect(screen.getByTestId("thread-status")).toHaveTextContent("Resolved");
    await user.click(screen.getByRole("button", { name: "Reopen" }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.body).toEqual({ resolved: false });
    map.store.destroy();
  });

  it("lets me edit and delete my own comment but not someone else's", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { replies: [reply("r_mine", { author: "Ada" }), reply("r_bob", { author: "Bob" })] }),
    ]);
    markMine("c_1", "r_mine");
    const calls = stubFetch(({ method }) =>
      method === "DELETE" ? { status: 204 } : { status: 200, body: comment("c_1", { text: "Edited" }) },
    );
    map.store.getState().actions.openThread("c_1");
    renderWith(map.store, <CommentsPanel />);
    const [mine, bobs] = screen.getAllByTestId("thread-reply");
    if (!mine || !bobs) throw new Error("replies missing");
    expect(within(bobs).queryByRole("button", { name: "Edit" })).toBeNull();
    expect(within(bobs).queryByRole("button", { name: "Delete" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Resolve" })).toBeInTheDocument();

    const head = screen.getByTestId("thread-head");
    await user.click(within(head).getByRole("button", { name: "Edit" }));
    const editor = within(head).getByRole("textbox", { name: "Edit" });
    await user.clear(editor);
    await user.type(editor, "Edited");
    await user.click(within(head).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: "PATCH", url: "/api/maps/m_1/comments/c_1", body: { text: "Edited" } });
    await waitFor(() => expect(within(head).queryByRole("textbox")).toBeNull());

    await user.click(within(mine).getByRole("button", { name: "Delete" }));
    expect(within(mine).getByText("Delete this reply?")).toBeInTheDocument();
    await user.click(within(mine).getByRole("button", { name: "Delete now" }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toMatchObject({ method: "DELETE", url: "/api/maps/m_1/comments/c_1/replies/r_mine" });
    map.store.destroy();
  });

  it("lets the owner delete anyone's thread, and goes back to the list", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("owner", [comment("c_1", { author: "Bob" })]);
    const calls = stubFetch(() => ({ status: 204 }));
    map.store.getState().actions.openThread("c_1");
    renderWith(map.store, <CommentsPanel />);
    const head = screen.getByTestId("thread-head");
    expect(within(head).queryByRole("button", { name: "Edit" })).toBeNull();
    await user.click(within(head).getByRole("button", { name: "Delete" }));
    await user.click(within(head).getByRole("button", { name: "Delete now" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: "DELETE", url: "/api/maps/m_1/comments/c_1" });
    await waitFor(() => expect(map.store.getState().ui.openThreadId).toBeNull());
    map.store.destroy();
  });

  it("gives a commenter no resolve button on someone else's thread", () => {
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob" })]);
    map.store.getState().actions.openThread("c_1");
    renderWith(map.store, <CommentsPanel />);
    expect(screen.queryByRole("button", { name: "Resolve" })).toBeNull();
    expect(screen.getByRole("textbox", { name: "Reply" })).toBeInTheDocument();
    map.store.destroy();
  });

  it("lets a viewer read threads but offers no compose box, reply box, resolve, edit or delete", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("viewer", [comment("c_1", { author: "Bob", text: "Read me" })]);
    renderWith(map.store, <CommentsPanel />);
    expect(screen.getByText("This link may read the comments but not write any.")).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).toBeNull();
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.getByTestId("thread-view")).toHaveTextContent("Read me");
    expect(screen.queryByRole("textbox")).toBeNull();
    for (const name of ["Resolve", "Edit", "Delete"]) expect(screen.queryByRole("button", { name })).toBeNull();
    map.store.destroy();
  });

  it("tells a commenter whose link stopped working that it was the link, and that what they typed is kept", () => {
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text: "Read me" })]);
    renderWith(map.store, <CommentsPanel />);
    act(() => map.store.getState().actions.loseAccess());
    expect(screen.queryByText("This link may read the comments but not write any.")).toBeNull();
    expect(
      screen.getByText(/This page can no longer write comments: its link stopped opening the map/),
    ).toHaveTextContent("What you typed here stays in this browser");
    map.store.destroy();
  });

  it("says so when the open thread is deleted by someone else", () => {
    const map = makeCommentsMap("commenter", [comment("c_1")]);
    map.store.getState().actions.openThread("c_1");
    renderWith(map.store, <CommentsPanel />);
    map.remove("c_1");
    expect(screen.getByTestId("thread-view")).toHaveTextContent("This thread is not on the map (any more)");
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Ada leaves a thread with an unsaved change to her reply; meanwhile the owner deletes that reply. The thread list
// shows her text at once (she need not open the thread again), to copy, discard or post as a new reply.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { i18n } from "../../../src/i18n";
import { comment, reply } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage("en"));
});

const TYPED = "Neue Fassung: „Größe“ zählt, 1.000 € – ß 👍🏽";
const THREAD = comment("c_1", {
  author: "Bob",
  text: "Look here",
  replies: [reply("r_1", { author: "Ada", text: "Alt" }), reply("r_2", { author: "Bob", text: "Stays" })],
});

/** Ada opens the thread, changes her reply and goes back to the list without saving. */
async function leaveAnEdit(user: ReturnType<typeof userEvent.setup>, names: { edit: string; back: RegExp }) {
  await user.click(screen.getByTestId("thread-item"));
  await user.click(screen.getByRole("button", { name: names.edit }));
  const edit = screen.getByRole("textbox", { name: names.edit });
  await user.clear(edit);
  await user.type(edit, TYPED);
  await user.click(screen.getByRole("button", { name: names.back }));
}

describe("a change to a reply deleted while its thread was closed", () => {
  it("is offered in the thread list at once and posted as a new reply to that thread", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [THREAD]);
    markMine("r_1");
    const calls = stubFetch(({ body }) => {
      const posted = reply("r_3", { author: "Ada", text: (body as { text: string }).text });
      return { status: 201, body: posted };
    });
    renderWith(map.store, <CommentsPanel />);
    await leaveAnEdit(user, { edit: "Edit", back: /All threads/ });
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    map.put({ ...THREAD, replies: THREAD.replies.filter((r) => r.id !== "r_1") });

    const kept = screen.getByRole("textbox", {
      name: "Your change to a reply in Bob’s thread “Look here” was not saved: the reply was deleted meanwhile. Here is what you wrote.",
    });
    expect(kept).toHaveValue(TYPED);
    const block = within(kept.closest<HTMLElement>("[data-testid='unsent-text']")!);
    await user.click(block.getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(TYPED);
    await user.click(block.getByRole("button", { name: "Post it as a new reply" }));
    await waitFor(() => expect(screen.queryByTestId("unsent-text")).toBeNull());
    expect(calls.map((c) => [c.method, c.url.replace(/^.*\/api/, ""), c.body])).toEqual([
      ["POST", "/maps/m_1/comments/c_1/replies", { text: TYPED, author: "Ada" }],
    ]);
    // Given up once posted: opening the thread does not offer it again.
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    map.store.destroy();
  });

  it("is offered in German, and Discard gives it up", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [THREAD]);
    markMine("r_1");
    await i18n.changeLanguage("de");
    renderWith(map.store, <CommentsPanel />);
    await leaveAnEdit(user, { edit: "Bearbeiten", back: /Alle Diskussionen/ });
    map.put({ ...THREAD, replies: THREAD.replies.filter((r) => r.id !== "r_1") });

    const kept = screen.getByRole("textbox", {
      name: /^Ihre Änderung an einer Antwort in der Diskussion von Bob „Look here“ wurde nicht gespeichert: Die Antwort wurde inzwischen gelöscht/,
    });
    expect(kept).toHaveValue(TYPED);
    expect(screen.getByRole("button", { name: "Als neue Antwort senden" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kopieren" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Verwerfen" }));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    map.store.destroy();
  });

  it("offers no post as a reply to someone who may no longer comment, only copy and discard", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [THREAD]);
    markMine("r_1");
    renderWith(map.store, <CommentsPanel />);
    await leaveAnEdit(user, { edit: "Edit", back: /All threads/ });
    act(() => map.store.setState({ canComment: false }));
    map.put({ ...THREAD, replies: THREAD.replies.filter((r) => r.id !== "r_1") });
    expect(screen.getByRole("textbox", { name: /the reply was deleted meanwhile/ })).toHaveValue(TYPED);
    expect(screen.queryByRole("button", { name: "Post it as a new reply" })).toBeNull();
    expect(screen.getByRole("button", { name: "Copy" })).toBeInTheDocument();
    map.store.destroy();
  });
});

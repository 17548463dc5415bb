// @vitest-environment jsdom
// Two peers on one map: Ada edits her reply (or her comment) while Bob, the owner, deletes it on his side. The text
// Ada typed stays on her screen, to copy, to post as a new reply, or to move to a new comment when the thread is gone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import type { Comment } from "../../../src/doc";
import { commentsMap } from "../../../src/doc/schema";
import { CommentsPanel } from "../../../src/features/comments";
import { i18n } from "../../../src/i18n";
import { comment, reply } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";
import { pasteInto } from "../pasteInto";

failOnActWarnings();

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage("en"));
});

const TYPED = "Neue Fassung: „Größe“ zählt, 1.000 € – ß";

/** Ada's comments document and Bob's, kept in step as two live peers are. */
function twoPeers(comments: Comment[]) {
  const ada = makeCommentsMap("commenter", comments, "Ada");
  const bob = new Y.Doc();
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(ada.commentsDoc));
  ada.commentsDoc.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin !== "bob") Y.applyUpdate(bob, u, "ada");
  });
  bob.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin !== "ada") act(() => Y.applyUpdate(ada.commentsDoc, u, "bob"));
  });
  const bobs = commentsMap(bob);
  const read = (id: string): Comment => JSON.parse(JSON.stringify(bobs.get(id))) as Comment;
  return {
    ada,
    bobDeletesReply: (threadId: string, replyId: string) => {
      const thread = read(threadId);
      bobs.set(threadId, { ...thread, replies: thread.replies.filter((r) => r.id !== replyId) });
    },
    bobDeletesThread: (threadId: string) => void bobs.delete(threadId),
    /** What the server writes after a reply was posted. */
    serverAddsReply: (threadId: string, r: ReturnType<typeof reply>) => {
      const thread = read(threadId);
      bobs.set(threadId, { ...thread, replies: [...thread.replies, r] });
    },
    read,
  };
}

async function editMyReply(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByTestId("thread-item"));
  await user.click(screen.getByRole("button", { name: "Edit" }));
  const edit = screen.getByRole("textbox", { name: "Edit" });
  await user.clear(edit);
  await pasteInto(user, edit, TYPED);
}

describe("an edit of a comment or reply that someone else deletes meanwhile", () => {
  it("keeps a reply's edit when the reply is deleted, and posts it as a new reply on request", async () => {
    const user = userEvent.setup();
    const peers = twoPeers([
      comment("c_1", { author: "Bob", text: "Look here", replies: [reply("r_1", { author: "Ada", text: "Alt" })] }),
    ]);
    markMine("r_1");
    const calls = stubFetch(({ method, url, body }) => {
      if (method !== "POST" || !url.endsWith("/comments/c_1/replies")) return { status: 500 };
      const posted = reply("r_2", { author: "Ada", text: (body as { text: string }).text });
      peers.serverAddsReply("c_1", posted);
      return { status: 201, body: posted };
    });
    renderWith(peers.ada.store, <CommentsPanel />);
    await editMyReply(user);
    peers.bobDeletesReply("c_1", "r_1");

    expect(screen.queryByRole("textbox", { name: "Edit" })).toBeNull();
    const kept = screen.getByRole("textbox", { name: /the reply was deleted meanwhile/ });
    expect(kept).toHaveValue(TYPED);
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(TYPED);
    expect(screen.getByRole("status")).toHaveTextContent("Copied.");

    await user.click(screen.getByRole("button", { name: "Post it as a new reply" }));
    await waitFor(() => expect(screen.queryByTestId("unsent-text")).toBeNull());
    expect(calls.map((c) => [c.method, c.body])).toEqual([["POST", { text: TYPED, author: "Ada" }]]);
    expect(peers.read("c_1").replies.map((r) => r.text)).toEqual([TYPED]);
    expect(screen.getByTestId("thread-reply")).toHaveTextContent(TYPED);
    expect(screen.getByTestId("thread-view")).toHaveFocus();
    peers.ada.store.destroy();
  });

  it("keeps the text when the post as a new reply is refused, with the reason", async () => {
    const user = userEvent.setup();
    const peers = twoPeers([
      comment("c_1", { author: "Bob", replies: [reply("r_1", { author: "Ada", text: "Alt" })] }),
    ]);
    markMine("r_1");
    stubFetch(() => ({ status: 429, body: { error: "Too many comments; wait a minute." } }));
    renderWith(peers.ada.store, <CommentsPanel />);
    await editMyReply(user);
    peers.bobDeletesReply("c_1", "r_1");
    await user.click(screen.getByRole("button", { name: "Post it as a new reply" }));
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /the reply was deleted meanwhile/ })).toHaveValue(TYPED);
    await user.click(screen.getByRole("button", { name: "Discard" }));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    peers.ada.store.destroy();
  });

  it("shows a reply's edit left off screen when the thread is opened again after the reply was deleted", async () => {
    const user = userEvent.setup();
    const peers = twoPeers([
      comment("c_1", { author: "Bob", replies: [reply("r_1", { author: "Ada", text: "Alt" })] }),
    ]);
    markMine("r_1");
    renderWith(peers.ada.store, <CommentsPanel />);
    await editMyReply(user);
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    peers.bobDeletesReply("c_1", "r_1");
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.getByRole("textbox", { name: /the reply was deleted meanwhile/ })).toHaveValue(TYPED);
    peers.ada.store.destroy();
  });

  it("keeps a reply's edit when the whole thread is deleted, and moves it to a new comment, in German", async () => {
    const user = userEvent.setup();
    const peers = twoPeers([
      comment("c_1", { author: "Bob", replies: [reply("r_1", { author: "Ada", text: "Alt" })] }),
    ]);
    markMine("r_1");
    await i18n.changeLanguage("de");
    renderWith(peers.ada.store, <CommentsPanel />);
    await user.click(screen.getByTestId("thread-item"));
    await user.click(screen.getByRole("button", { name: "Bearbeiten" }));
    const edit = screen.getByRole("textbox", { name: "Bearbeiten" });
    await user.clear(edit);
    await pasteInto(user, edit, TYPED);
    peers.bobDeletesThread("c_1");

    const kept = screen.getByRole("textbox", {
      name: /Änderung an einer Antwort wurde nicht gespeichert: Die Diskussion wurde inzwischen gelöscht/,
    });
    expect(kept).toHaveValue(TYPED);
    // No thread to reply to: the text goes to a new comment.
    expect(screen.queryByRole("button", { name: "Als neue Antwort senden" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Für einen neuen Kommentar verwenden" }));
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue(TYPED);
    peers.ada.store.destroy();
  });

  it("keeps an edit of the thread's comment when the owner deletes the thread", async () => {
    const user = userEvent.setup();
    const peers = twoPeers([comment("c_1", { author: "Ada", text: "Erste Fassung" })]);
    markMine("c_1");
    renderWith(peers.ada.store, <CommentsPanel />);
    await editMyReply(user);
    peers.bobDeletesThread("c_1");
    expect(screen.getByRole("textbox", { name: /Your change to this comment was not saved/ })).toHaveValue(TYPED);
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(TYPED);
    peers.ada.store.destroy();
  });

  it("offers the texts of a thread deleted while it was off screen in the thread list", async () => {
    const user = userEvent.setup();
    const peers = twoPeers([
      comment("c_1", { author: "Bob", replies: [reply("r_1", { author: "Ada", text: "Alt" })] }),
      comment("c_2", { author: "Bob", text: "Stays" }),
    ]);
    markMine("r_1");
    renderWith(peers.ada.store, <CommentsPanel />);
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), "Schon angefangen");
    await user.click(screen.getAllByTestId("thread-item")[0]!);
    await user.type(screen.getByRole("textbox", { name: "Reply" }), "Antwort");
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const edit = screen.getByRole("textbox", { name: "Edit" });
    await user.clear(edit);
    await pasteInto(user, edit, TYPED);
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    peers.bobDeletesThread("c_1");

    expect(screen.getAllByTestId("thread-item")).toHaveLength(1);
    expect(screen.getByRole("textbox", { name: /Your reply was not sent/ })).toHaveValue("Antwort");
    expect(screen.getByRole("textbox", { name: /Your change to a reply was not saved/ })).toHaveValue(TYPED);
    const editBlock = screen
      .getByRole("textbox", { name: /Your change to a reply was not saved/ })
      .closest<HTMLElement>("[data-testid='unsent-text']");
    await user.click(within(editBlock!).getByRole("button", { name: "Use it for a new comment" }));
    const box = screen.getByRole("textbox", { name: "New comment" });
    expect(box).toHaveValue(`Schon angefangen\n\n${TYPED}`);
    expect(box).toHaveFocus();
    // The reply is still offered until it is given up on purpose.
    expect(screen.getByRole("textbox", { name: /Your reply was not sent/ })).toHaveValue("Antwort");
    await user.click(screen.getByRole("button", { name: "Discard" }));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(`Schon angefangen\n\n${TYPED}`);
    peers.ada.store.destroy();
  });
});

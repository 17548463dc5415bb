// @vitest-environment jsdom
// A half-written new comment, reply or edit survives a reload of the page (localStorage, per map and per target), comes
// back into its box, and is gone once sent or cancelled. One whose thread, reply or card went away meanwhile is offered
// as a kept text; a damaged or foreign stored value changes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deleteSelection } from "../../../src/doc/ops";
import { CommentsPanel } from "../../../src/features/comments";
import { DRAFTS_STORAGE_PREFIX } from "../../../src/features/comments/drafts";
import { i18n } from "../../../src/i18n";
import { comment, reply } from "./fixtures";
import { makeCommentsMap, markMine, reloadPage, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";
import { pasteInto } from "../pasteInto";

failOnActWarnings();

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage("en"));
});

const KEY = `${DRAFTS_STORAGE_PREFIX}m_1`;
const ON_CARD = "Ist der „Preis“ klar? 1.000 € – Größe, Straße 👍🏽";
const ON_MAP = "Die ganze Map: ä ö ü ß 👩‍👩‍👧";
const REPLY = "Antwort mit „Anführungszeichen“ 🎉";
const EDIT = "Geänderte Fassung: Öl, Maß, 5 €";

describe("comment drafts through a reload", () => {
  it("brings back a new comment per target, a reply and an edit, with German text and emoji intact", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { author: "Ada", text: "Mine", createdAt: "2026-11-21T10:00:00.000Z" }),
    ]);
    markMine("c_1");
    const first = renderWith(map.store, <CommentsPanel />);
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), ON_MAP);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    // Another target has its own box.
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue("");
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), ON_CARD);
    await user.click(screen.getByTestId("thread-item"));
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), REPLY);
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await user.clear(screen.getByRole("textbox", { name: "Edit" }));
    await pasteInto(user, screen.getByRole("textbox", { name: "Edit" }), EDIT);
    expect(localStorage.getItem(KEY)).toContain("Größe");
    first.unmount();
    map.store.destroy();

    const store = reloadPage(map, "commenter");
    renderWith(store, <CommentsPanel />);
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(ON_MAP);
    act(() => store.getState().actions.select({ cards: [map.cardId] }));
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(ON_CARD);
    act(() => store.getState().actions.clearSelection());
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(ON_MAP);
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue(REPLY);
    expect(screen.getByRole("textbox", { name: "Edit" })).toHaveValue(EDIT);
    store.destroy();
  });

  it("lists the comments begun on other targets under the box, and shows one in the box on request, in German", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    map.put(comment("c_1", { anchor: { kind: "card", id: map.cardId }, author: "Bob", text: "Look here" }));
    await i18n.changeLanguage("de");
    const first = renderWith(map.store, <CommentsPanel />);
    await pasteInto(user, screen.getByRole("textbox", { name: "Neuer Kommentar" }), ON_MAP);
    // Opening a thread selects its card: the box is now the card's, and the comment on the map is listed.
    await user.click(screen.getByTestId("thread-item"));
    await user.click(screen.getByRole("button", { name: /Alle Diskussionen/ }));
    expect(screen.getByTestId("new-thread")).toHaveTextContent("Karte „I pay online“");
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue("");
    await pasteInto(user, screen.getByRole("textbox", { name: "Neuer Kommentar" }), ON_CARD);
    first.unmount();
    map.store.destroy();

    const store = reloadPage(map, "commenter");
    store.getState().actions.setPanel("comments");
    renderWith(store, <CommentsPanel />);
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue(ON_MAP);
    const other = within(screen.getByRole("navigation", { name: "Anderswo begonnene Kommentare" }));
    await user.click(
      other.getByRole("button", { name: "Den hier begonnenen Kommentar fortsetzen: Karte „I pay online“" }),
    );
    expect(store.getState().ui.selection.cards).toEqual([map.cardId]);
    const box = screen.getByRole("textbox", { name: "Neuer Kommentar" });
    expect(box).toHaveValue(ON_CARD);
    expect(box).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Den hier begonnenen Kommentar fortsetzen: Die ganze Map" }));
    expect(store.getState().ui.selection.cards).toEqual([]);
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue(ON_MAP);
    expect(store.getState().ui.panel).toBe("comments");
    store.destroy();
  });

  it("forgets a draft once it is sent or cancelled, also for the next page", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Ada", text: "Mine" })]);
    markMine("c_1");
    const calls = stubFetch(({ method }) =>
      method === "POST"
        ? { status: 201, body: reply("r_9", { author: "Ada", text: REPLY }) }
        : { status: 200, body: comment("c_1") },
    );
    const first = renderWith(map.store, <CommentsPanel />);
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), ON_MAP);
    await user.click(screen.getByTestId("thread-item"));
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), REPLY);
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await pasteInto(user, screen.getByRole("textbox", { name: "Edit" }), " und mehr");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: "Reply" }));
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue(""));
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    await user.clear(screen.getByRole("textbox", { name: "New comment" }));
    first.unmount();
    map.store.destroy();

    expect(localStorage.getItem(KEY)).toBeNull();
    const store = reloadPage(map, "commenter");
    renderWith(store, <CommentsPanel />);
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue("");
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue("");
    expect(screen.queryByRole("textbox", { name: "Edit" })).toBeNull();
    store.destroy();
  });

  it("offers the drafts whose thread, reply or card went away before the reload as kept texts", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { author: "Ada", text: "Deleted later", createdAt: "2026-11-21T10:00:00.000Z" }),
      comment("c_2", {
        author: "Bob",
        text: "Stays",
        createdAt: "2026-11-20T10:00:00.000Z",
        replies: [reply("r_1", { author: "Ada", text: "Alt" })],
      }),
    ]);
    markMine("c_1", "r_1");
    const first = renderWith(map.store, <CommentsPanel />);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), ON_CARD);
    act(() => map.store.getState().actions.clearSelection());
    await user.click(screen.getAllByTestId("thread-item")[0]!);
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), REPLY);
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await pasteInto(user, screen.getByRole("textbox", { name: "Edit" }), " – und geändert");
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    await user.click(screen.getAllByTestId("thread-item")[1]!);
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await user.clear(screen.getByRole("textbox", { name: "Edit" }));
    await pasteInto(user, screen.getByRole("textbox", { name: "Edit" }), EDIT);
    first.unmount();
    map.store.destroy();

    // While the page was closed: the thread c_1, the reply r_1 and the card are deleted.
    map.remove("c_1");
    map.put(comment("c_2", { author: "Bob", text: "Stays", createdAt: "2026-11-20T10:00:00.000Z" }));
    deleteSelection(map.doc, { cards: [map.cardId] });
    await i18n.changeLanguage("de");
    const store = reloadPage(map, "commenter");
    renderWith(store, <CommentsPanel />);
    expect(screen.getByRole("textbox", { name: /^Ihre Antwort wurde nicht gesendet/ })).toHaveValue(REPLY);
    expect(
      screen.getByRole("textbox", { name: /^Ihre Änderung an einer Antwort in der Diskussion von Bob „Stays“/ }),
    ).toHaveValue(EDIT);
    expect(screen.getByRole("textbox", { name: /^Ihr neuer Kommentar wurde nicht gesendet/ })).toHaveValue(ON_CARD);
    expect(
      screen.getByRole("textbox", { name: /^Ihre Änderung an diesem Kommentar wurde nicht gespeichert/ }),
    ).toHaveValue("Deleted later – und geändert");
    expect(screen.getAllByTestId("unsent-text")).toHaveLength(4);
    // Moved to the new comment box (on the whole map now), it is one draft again, and survives the next reload.
    const onCard = screen.getByRole("textbox", { name: /^Ihr neuer Kommentar/ }).closest("[data-testid='unsent-text']");
    await user.click(
      Array.from(onCard!.querySelectorAll("button")).find(
        (b) => b.textContent === "Für einen neuen Kommentar verwenden",
      )!,
    );
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue(ON_CARD);
    expect(screen.getAllByTestId("unsent-text")).toHaveLength(3);
    store.destroy();
  });

  it("takes no thread for deleted before the comments document has the server's answer", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text: "Look here" })]);
    const first = renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getByTestId("thread-item"));
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), REPLY);
    first.unmount();
    map.store.destroy();

    // A fresh page whose comments document is still empty: the thread has not arrived yet.
    map.remove("c_1");
    let answer: (ok: boolean) => void = () => {};
    const synced = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const store = reloadPage(map, "commenter", synced);
    renderWith(store, <CommentsPanel />);
    expect(synced).toHaveBeenCalled();
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    // It arrives with the answer: still nothing to offer.
    map.put(comment("c_1", { author: "Bob", text: "Look here" }));
    await act(async () => answer(true));
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    await user.click(screen.getByTestId("thread-item"));
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue(REPLY);
    store.destroy();
  });

  it("shows a reply to a thread missing after the server's answer as kept", async () => {
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text: "Look here" })]);
    const user = userEvent.setup();
    const first = renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getByTestId("thread-item"));
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), REPLY);
    first.unmount();
    map.store.destroy();

    map.remove("c_1");
    let answer: (ok: boolean) => void = () => {};
    const store = reloadPage(map, "commenter", () => new Promise<boolean>((resolve) => (answer = resolve)));
    renderWith(store, <CommentsPanel />);
    expect(screen.queryByTestId("unsent-text")).toBeNull();
    await act(async () => answer(true));
    expect(screen.getByRole("textbox", { name: /Your reply was not sent/ })).toHaveValue(REPLY);
    store.destroy();
  });

  it("ignores a damaged or foreign stored value and keeps the panel working", async () => {
    const user = userEvent.setup();
    for (const stored of [
      "{not json",
      "null",
      '"a string"',
      JSON.stringify({ format: "someone-else", version: 1, drafts: [{ box: "new:map", text: "fremd" }] }),
      JSON.stringify({ format: "outside-in.comment-drafts", version: 2, drafts: [{ box: "new:map", text: "neu" }] }),
      JSON.stringify({ format: "outside-in.comment-drafts", version: 1, drafts: "new:map" }),
      JSON.stringify({
        format: "outside-in.comment-drafts",
        version: 1,
        drafts: [null, 7, { box: "new:map", text: 5 }, { box: "<script>", text: "x" }, { box: "new:map" }],
      }),
    ]) {
      const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text: "Look here" })]);
      localStorage.setItem(KEY, stored);
      const store = reloadPage(map, "commenter");
      const view = renderWith(store, <CommentsPanel />);
      expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue("");
      expect(screen.queryByTestId("unsent-text")).toBeNull();
      await user.type(screen.getByRole("textbox", { name: "New comment" }), "ok");
      expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
        format: "outside-in.comment-drafts",
        version: 1,
        drafts: [{ box: "new:map", text: "ok" }],
      });
      view.unmount();
      store.destroy();
      map.store.destroy();
    }
  });
});

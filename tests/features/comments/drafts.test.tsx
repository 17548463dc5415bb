// @vitest-environment jsdom
// Text typed into a comment box and not sent survives the box going off screen: another thread opened, the
// thread list shown again, another tab of the side panel. A sent or cancelled text does not come back.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { i18n } from "../../../src/i18n";
import { comment } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";
import { pasteInto } from "../pasteInto";

failOnActWarnings();

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage("en"));
});

const DRAFT = "Entwurf: „Sachbearbeiter prüft“ – bitte aus Sicht der Kundin, 1.000 € Gebühr? ß";

describe("comment drafts", () => {
  it("keeps a new comment's text while a thread is open and after the panel was closed", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text: "Look here" })]);
    const first = renderWith(map.store, <CommentsPanel />);
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), DRAFT);
    await user.click(screen.getByTestId("thread-item"));
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(DRAFT);
    // Another tab of the side panel takes the comments panel off screen altogether.
    first.unmount();
    renderWith(map.store, <CommentsPanel />);
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(DRAFT);
    map.store.destroy();
  });

  it("keeps a reply and an unsaved edit per thread, and forgets them once sent or cancelled", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [
      comment("c_1", { author: "Ada", text: "Mine", createdAt: "2026-11-21T10:00:00.000Z" }),
      comment("c_2", { author: "Bob", text: "Other", createdAt: "2026-11-20T10:00:00.000Z" }),
    ]);
    markMine("c_1");
    const calls = stubFetch(({ method }) => ({
      status: method === "POST" ? 201 : 200,
      body:
        method === "POST"
          ? { id: "r_9", author: "Ada", text: "x", createdAt: "2026-11-22T10:00:00.000Z" }
          : comment("c_1"),
    }));
    const first = renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getAllByTestId("thread-item")[0]!);
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), "Antwort über Größe");
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const edit = screen.getByRole("textbox", { name: "Edit" });
    await user.clear(edit);
    await pasteInto(user, edit, "Geändert: Straße");
    first.unmount();
    renderWith(map.store, <CommentsPanel />);
    // The thread is still open in the store: the reply and the edit are back as they were left.
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue("Antwort über Größe");
    expect(screen.getByRole("textbox", { name: "Edit" })).toHaveValue("Geändert: Straße");
    // The other thread's reply box is its own.
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    await user.click(screen.getAllByTestId("thread-item")[1]!);
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue("");
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    await user.click(screen.getAllByTestId("thread-item")[0]!);
    // Cancel gives the edit up; a sent reply is no draft any more.
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: "Reply" }));
    await waitFor(() => expect(calls.filter((c) => c.method === "POST")).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue(""));
    await user.click(screen.getByRole("button", { name: /All threads/ }));
    await user.click(screen.getAllByTestId("thread-item")[0]!);
    expect(screen.getByRole("textbox", { name: "Reply" })).toHaveValue("");
    expect(screen.queryByRole("textbox", { name: "Edit" })).toBeNull();
    map.store.destroy();
  });

  it("shows a reply whose thread was deleted meanwhile and moves it to a new comment on request", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Bob", text: "Look here" })]);
    renderWith(map.store, <CommentsPanel />);
    await pasteInto(user, screen.getByRole("textbox", { name: "New comment" }), "Schon angefangen");
    await user.click(screen.getByTestId("thread-item"));
    await pasteInto(user, screen.getByRole("textbox", { name: "Reply" }), "Meine lange Antwort über „Größe“");
    map.remove("c_1");
    expect(screen.getByTestId("thread-view")).toHaveTextContent("it may have been deleted");
    const unsent = screen.getByRole("textbox", { name: /Your reply was not sent/ });
    expect(unsent).toHaveValue("Meine lange Antwort über „Größe“");
    expect(screen.getByTestId("thread-view")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Use it for a new comment" }));
    expect(screen.getByRole("textbox", { name: "New comment" })).toHaveValue(
      "Schon angefangen\n\nMeine lange Antwort über „Größe“",
    );
    map.store.destroy();
  });

  it("shows a change to the thread's comment that was not saved when the thread was deleted, in German", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter", [comment("c_1", { author: "Ada", text: "Erste Fassung" })]);
    markMine("c_1");
    await i18n.changeLanguage("de");
    renderWith(map.store, <CommentsPanel />);
    await user.click(screen.getByTestId("thread-item"));
    await user.click(screen.getByRole("button", { name: "Bearbeiten" }));
    const edit = screen.getByRole("textbox", { name: "Bearbeiten" });
    await user.clear(edit);
    await pasteInto(user, edit, "Zweite Fassung mit „Größe“ und 1.000 €");
    map.remove("c_1");
    expect(
      screen.getByRole("textbox", { name: /Ihre Änderung an diesem Kommentar wurde nicht gespeichert/ }),
    ).toHaveValue("Zweite Fassung mit „Größe“ und 1.000 €");
    await user.click(screen.getByRole("button", { name: "Für einen neuen Kommentar verwenden" }));
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue(
      "Zweite Fassung mit „Größe“ und 1.000 €",
    );
    map.store.destroy();
  });
});

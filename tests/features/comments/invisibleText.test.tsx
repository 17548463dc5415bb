// @vitest-environment jsdom
// A comment of only invisible characters (zero-width space, soft hyphen) is empty: the box says so and sends nothing,
// as the server would refuse it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { i18n } from "../../../src/i18n";
import { makeCommentsMap, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage("en"));
});

describe("a comment of only invisible characters", () => {
  it("is refused as empty in German and nothing is sent", async () => {
    const user = userEvent.setup();
    const map = makeCommentsMap("commenter");
    await i18n.changeLanguage("de");
    const calls = stubFetch(() => ({ status: 400, body: { error: "text must not be empty" } }));
    renderWith(map.store, <CommentsPanel />);
    fireEvent.change(screen.getByRole("textbox", { name: "Neuer Kommentar" }), {
      target: { value: " \u200B\u00AD\u2060 " },
    });
    await user.click(screen.getByRole("button", { name: "Kommentieren" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Schreiben Sie zuerst etwas.");
    expect(calls).toHaveLength(0);
    map.store.destroy();
  });
});

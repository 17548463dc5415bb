// @vitest-environment jsdom
// A refused comments call in a German interface: the server answers in English, the person reads German;
// in English the person reads the server's own sentence.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CommentsPanel } from "../../../src/features/comments";
import { i18n } from "../../../src/i18n";
import { comment } from "./fixtures";
import { makeCommentsMap, markMine, renderWith, stubFetch } from "./helpers";
import { failOnActWarnings } from "./actWarnings";

failOnActWarnings();

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage("en"));
});

async function germanPanel(openThread?: string) {
  const map = makeCommentsMap("commenter", [comment("c_1", { author: "Ada" })], "Ada");
  markMine("c_1");
  await act(() => i18n.changeLanguage("de"));
  if (openThread) map.store.getState().actions.openThread(openThread);
  renderWith(map.store, <CommentsPanel />);
  return map;
}

async function sendNew(text = "Noch ein Gedanke") {
  const user = userEvent.setup();
  await user.type(screen.getByRole("textbox", { name: "Neuer Kommentar" }), text);
  await user.click(screen.getByRole("button", { name: "Kommentieren" }));
  return screen.findByRole("alert");
}

describe("refusals in the interface language", () => {
  it("says in German that the name is taken, that it goes too fast and that the target is gone", async () => {
    const map = await germanPanel();
    const answers = [
      { status: 409, body: { error: "Someone else already comments as Ada on this map; pick another name." } },
      { status: 429, body: { error: "You are commenting too fast; wait a minute and try again." } },
      {
        status: 400,
        body: {
          error: 'There is no card "cd_9" in this map to comment on.',
          issues: [{ path: "anchor.id", message: 'unknown card "cd_9"' }],
        },
      },
      { status: 500, body: { error: "Something broke on the server." } },
    ];
    stubFetch(() => answers.shift() ?? { status: 500 });
    expect(await sendNew()).toHaveTextContent(
      "Jemand anderes kommentiert in dieser Map schon als Ada; wählen Sie einen anderen Namen.",
    );
    const user = userEvent.setup();
    const send = screen.getByRole("button", { name: "Kommentieren" });
    await user.click(send);
    expect(await screen.findByText(/Sie kommentieren zu schnell/)).toHaveAttribute("role", "alert");
    await user.click(send);
    expect(await screen.findByText(/Die Karte, Phase oder Zeile gibt es nicht mehr/)).toHaveAttribute("role", "alert");
    await user.click(send);
    expect(await screen.findByText("Der Server hat abgelehnt (HTTP 500); nichts wurde gespeichert.")).toHaveAttribute(
      "role",
      "alert",
    );
    expect(screen.getByRole("textbox", { name: "Neuer Kommentar" })).toHaveValue("Noch ein Gedanke");
    map.store.destroy();
  });

  it("says in German that the thread is gone or the link replaced, and that this link may not do it", async () => {
    const map = await germanPanel("c_1");
    const answers = [
      { status: 404, body: { error: "There is no such comment on this map." } },
      { status: 403, body: { error: "Only the author of a comment or the map's owner may delete it." } },
    ];
    stubFetch(() => answers.shift() ?? { status: 500 });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Erledigen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Diese Diskussion gibt es nicht mehr, oder Ihr Link wurde ersetzt.",
    );
    await user.click(screen.getByRole("button", { name: "Löschen" }));
    await user.click(screen.getByRole("button", { name: "Jetzt löschen" }));
    expect(await screen.findByText(/Mit diesem Link dürfen Sie das nicht/)).toHaveAttribute("role", "alert");
    expect(screen.queryByText(/There is no such comment|Only the author/)).toBeNull();
    map.store.destroy();
  });

  it("shows the server's own sentence in an English interface", async () => {
    const map = makeCommentsMap("commenter", [], "Ada");
    stubFetch(() => ({
      status: 409,
      body: { error: "Someone else already comments as Ada on this map; pick another name." },
    }));
    renderWith(map.store, <CommentsPanel />);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "New comment" }), "Hello");
    await user.click(screen.getByRole("button", { name: "Comment" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Someone else already comments as Ada on this map; pick another name.",
    );
    map.store.destroy();
  });
});

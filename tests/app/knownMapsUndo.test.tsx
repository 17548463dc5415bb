// @vitest-environment jsdom
// Removing a map from the start page's list can be taken back: the list may hold the only copy of an owner link, so a
// slip of the mouse must not lose it. The focus goes to the way back, not to the page.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";

const KEY = "outside-in.maps";
const entry = (id: string, title: string) => ({
  id,
  title,
  role: "owner",
  link: `/m/${id}#token=owner-${id}`,
  links: { owner: `/m/${id}#token=owner-${id}`, edit: "e", comment: "c", view: "v" },
  lastOpened: `2026-11-2${id === "a" ? 1 : 0}T09:00:00.000Z`,
  kept: "a field this version does not know",
});

beforeEach(async () => {
  localStorage.clear();
  initI18n("en");
  await i18n.changeLanguage("en");
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("removing a map from the list of maps in this browser", () => {
  it("offers to undo, moves the focus there, and puts the entry back as it was", async () => {
    const stored = [entry("a", "Größe „prüfen“"), entry("b", "Claim")];
    localStorage.setItem(KEY, JSON.stringify(stored));
    const user = userEvent.setup();
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "Remove “Größe ‘prüfen’” from this list" }));
    expect(screen.queryByRole("link", { name: "Größe „prüfen“" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent(
      "“Größe ‘prüfen’” is no longer in this list; the map itself stays on the server.",
    );
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveFocus();
    expect(undo).toHaveAccessibleDescription(
      "“Größe ‘prüfen’” is no longer in this list; the map itself stays on the server.",
    );
    await user.keyboard("{Enter}");
    expect(screen.getByRole("link", { name: "Größe „prüfen“" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    expect(JSON.parse(localStorage.getItem(KEY) ?? "null")).toEqual(stored);
  });

  it("also brings back the last map of the list, in German", async () => {
    await i18n.changeLanguage("de");
    localStorage.setItem(KEY, JSON.stringify([entry("a", "Kfz-Schaden")]));
    const user = userEvent.setup();
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "„Kfz-Schaden“ aus dieser Liste entfernen" }));
    expect(screen.getByText("Noch keine Maps. Legen Sie eine an oder importieren Sie eine Datei.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "„Kfz-Schaden“ steht nicht mehr in dieser Liste; die Map selbst bleibt auf dem Server.",
    );
    expect(screen.getByRole("button", { name: "Rückgängig" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Rückgängig" }));
    expect(screen.getByRole("link", { name: "Kfz-Schaden" })).toBeInTheDocument();
  });
});

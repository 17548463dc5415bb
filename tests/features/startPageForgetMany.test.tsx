// @vitest-environment jsdom
// Removing several maps from the start page's list, one after another: each removal keeps its own way back (the list
// may hold the only copy of an owner link), the focus goes to the newest one, and all can go back at once.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";
import { ENGLISH_QUOTES, quoted } from "../../src/i18n/quotes";

const KEY = "outside-in.maps";
const entry = (id: string, title: string, day: number) => ({
  id,
  title,
  role: "owner",
  link: `/m/${id}#token=owner-${id}`,
  lastOpened: `2026-11-${String(day).padStart(2, "0")}T09:00:00.000Z`,
});
const stored = [entry("a", "Größe „prüfen“", 23), entry("b", "Claim", 22), entry("c", "Moving house", 21)];
const storedMaps = () => JSON.parse(localStorage.getItem(KEY) ?? "null") as unknown;
const notices = () => screen.queryAllByTestId("forgotten-map");
const undoOf = (title: string) => {
  const notice = notices().find((n) => n.textContent.includes(title));
  if (!notice) throw new Error(`no notice for ${title}`);
  return within(notice).getByRole("button");
};

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem(KEY, JSON.stringify(stored));
  initI18n("en");
  await i18n.changeLanguage("en");
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("removing several maps from the list, one after another", () => {
  it("keeps a way back for the first when a second is removed, and puts the first back alone", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "Remove “Größe ‘prüfen’” from this list" }));
    await user.click(screen.getByRole("button", { name: "Remove “Claim” from this list" }));
    expect(notices().map((n) => n.textContent)).toEqual([
      "“Größe ‘prüfen’” is no longer in this list; the map itself stays on the server. Undo",
      "“Claim” is no longer in this list; the map itself stays on the server. Undo",
    ]);
    // The newest way back has the focus, and each Undo says which map it brings back.
    expect(undoOf("Claim")).toHaveFocus();
    expect(undoOf("Größe")).toHaveAccessibleDescription(
      "“Größe ‘prüfen’” is no longer in this list; the map itself stays on the server.",
    );
    await user.click(undoOf("Größe"));
    expect(screen.getByRole("link", { name: "Größe „prüfen“" })).toHaveFocus();
    expect(screen.queryByRole("link", { name: "Claim" })).toBeNull();
    expect(notices().map((n) => n.textContent)).toEqual([
      "“Claim” is no longer in this list; the map itself stays on the server. Undo",
    ]);
    expect(storedMaps()).toEqual([stored[0], stored[2]]);
    await user.click(undoOf("Claim"));
    expect(storedMaps()).toEqual(stored);
    expect(notices()).toEqual([]);
  });

  it("puts every removed map back at once, in its place, with the keyboard", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    for (const title of ["Claim", "Moving house", "Größe „prüfen“"]) {
      await user.click(screen.getByRole("button", { name: `Remove ${quoted(title, ENGLISH_QUOTES)} from this list` }));
    }
    expect(screen.getByText("No maps yet. Create one or import a file.")).toBeInTheDocument();
    expect(notices()).toHaveLength(3);
    expect(undoOf("Größe")).toHaveFocus();
    await user.tab();
    const all = screen.getByRole("button", { name: "Put all 3 maps back in this list" });
    expect(all).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(storedMaps()).toEqual(stored);
    expect(within(screen.getByTestId("known-maps")).getAllByRole("link")).toHaveLength(3);
    expect(screen.getByRole("link", { name: "Größe „prüfen“" })).toHaveFocus();
    expect(screen.queryByTestId("forgotten-maps")).toBeNull();
  });

  it("says it in German", async () => {
    await i18n.changeLanguage("de");
    const user = userEvent.setup();
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "„Claim“ aus dieser Liste entfernen" }));
    await user.click(screen.getByRole("button", { name: "„Moving house“ aus dieser Liste entfernen" }));
    expect(screen.getAllByRole("button", { name: "Rückgängig" })).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Alle 2 Maps wieder in diese Liste aufnehmen" }));
    expect(storedMaps()).toEqual(stored);
  });
});

// @vitest-environment jsdom
// Undo of a map removed from the start page's list gives the focus to the map's link that came back, so a keyboard
// user goes on from there instead of from the top of the page.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";

const KEY = "outside-in.maps";
const entry = (id: string, title: string, day: number) => ({
  id,
  title,
  role: "owner",
  link: `/m/${id}#token=owner-${id}`,
  lastOpened: `2026-11-2${day}T09:00:00.000Z`,
});

beforeEach(async () => {
  localStorage.clear();
  initI18n("en");
  await i18n.changeLanguage("de");
});

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await i18n.changeLanguage("en");
});

describe("undoing the removal of a map from the list", () => {
  it("puts the focus on the link of the map that came back, also when it was the only one", async () => {
    localStorage.setItem(KEY, JSON.stringify([entry("a", "Größe „prüfen“", 2), entry("b", "Kündigung", 1)]));
    const user = userEvent.setup();
    render(<StartPage />);
    screen.getByRole("button", { name: "„Kündigung“ aus dieser Liste entfernen" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Rückgängig" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("link", { name: "Kündigung" })).toHaveFocus();

    screen.getByRole("button", { name: "„Größe ‚prüfen‘“ aus dieser Liste entfernen" }).focus();
    await user.keyboard("{Enter}");
    screen.getByRole("button", { name: "„Kündigung“ aus dieser Liste entfernen" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("link")).toBeNull();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("link", { name: "Kündigung" })).toHaveFocus();
  });
});

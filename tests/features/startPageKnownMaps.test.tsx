// @vitest-environment jsdom
// The list of maps this browser knows, on the start page: every entry it can read is shown, and can be removed.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";

const KEY = "outside-in.maps";
const entry = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  role: "owner",
  link: `/m/${id}#token=t`,
  ...extra,
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

describe("the maps this browser knows", () => {
  it("still shows the start page and the map when an entry's last-opened time cannot be read", () => {
    localStorage.setItem(
      KEY,
      JSON.stringify([
        entry("a", "Moving house", { lastOpened: "yesterday" }),
        entry("b", "Claim", { lastOpened: "2026-11-20T09:00:00.000Z" }),
      ]),
    );
    render(<StartPage />);
    expect(screen.getByRole("link", { name: "Moving house" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Claim" })).toBeInTheDocument();
    expect(screen.getByTestId("known-maps").textContent).not.toContain("Invalid");
  });

  it("names a map without a title as untitled on its link and on its remove button, and removes it", async () => {
    localStorage.setItem(KEY, JSON.stringify([entry("a", "")]));
    const user = userEvent.setup();
    render(<StartPage />);
    expect(screen.getByRole("link", { name: "Untitled map" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove “Untitled map” from this list" }));
    expect(screen.queryByRole("link", { name: "Untitled map" })).toBeNull();
    expect(JSON.parse(localStorage.getItem(KEY) ?? "null")).toEqual([]);
  });
});

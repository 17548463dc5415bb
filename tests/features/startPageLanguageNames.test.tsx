// @vitest-environment jsdom
// The languages on the start page: a new map's language is named in the interface's language („Englisch“ on a German
// page, not "English"), while the interface switch names each language in itself, marked so a screen reader reads it so.
import { render, screen, within } from "@testing-library/react";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";

describe("the names of the languages on a German start page", () => {
  startPageTests(() => vi.fn(async () => new Response("[]", { status: 200 })), "de");

  it("names the map's languages in German", () => {
    render(<StartPage />);
    const options = within(screen.getByLabelText("Sprache der Map")).getAllByRole("option");
    expect(options.map((o) => [o.getAttribute("value"), o.textContent])).toEqual([
      ["en", "Englisch"],
      ["de", "Deutsch"],
    ]);
  });

  it("names each interface language in itself, in its own language", () => {
    render(<StartPage />);
    const options = within(screen.getByLabelText("Sprache der Oberfläche")).getAllByRole("option");
    expect(options.map((o) => [o.textContent, o.getAttribute("lang")])).toEqual([
      ["English", "en"],
      ["Deutsch", "de"],
    ]);
  });
});

describe("the names of the languages on an English start page", () => {
  startPageTests(() => vi.fn(async () => new Response("[]", { status: 200 })), "en");

  it("names the map's languages in English", () => {
    render(<StartPage />);
    const options = within(screen.getByLabelText("Language of the map")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["English", "German"]);
  });
});

// @vitest-environment jsdom
// The language a new map (and its template) is written in: the interface language until the person picks one.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n } from "../../src/i18n";
import { startPageTests } from "./startPageSetup";

const CREATED = {
  id: "m1",
  links: { owner: "/m/m1#token=o", edit: "/m/m1#token=e", comment: "/m/m1#token=c", view: "/m/m1#token=v" },
  tokens: { owner: "o", edit: "e", comment: "c", view: "v" },
};

let bodies: unknown[] = [];

startPageTests(() => {
  bodies = [];
  return vi.fn(async (_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(String(init.body)));
    return new Response(JSON.stringify(CREATED), { status: 201 });
  });
});

describe("the language of a new map on the start page", () => {
  it("follows a switch of the interface language, so a German template is offered and created in German", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.selectOptions(screen.getByLabelText("Interface language"), "de");
    expect(screen.getByLabelText("Sprache der Map")).toHaveValue("de");
    await user.type(screen.getByLabelText("Titel"), "Unfall auf der A7");
    await user.selectOptions(screen.getByLabelText("Beginnen mit"), "Kfz-Schaden melden");
    await user.click(screen.getByRole("button", { name: "Map anlegen" }));
    await vi.waitFor(() =>
      expect(bodies).toEqual([{ title: "Unfall auf der A7", language: "de", template: "motor-claim" }]),
    );
  });

  it("keeps the map language a person picked when the interface language changes afterwards", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.selectOptions(screen.getByLabelText("Language of the map"), "de");
    await user.selectOptions(screen.getByLabelText("Interface language"), "de");
    await user.selectOptions(screen.getByLabelText("Sprache der Oberfläche"), "en");
    expect(screen.getByLabelText("Language of the map")).toHaveValue("de");
    await user.type(screen.getByLabelText("Title"), "Claim in German");
    await user.selectOptions(screen.getByLabelText("Start from"), "Kfz-Schaden melden");
    await user.click(screen.getByRole("button", { name: "Create map" }));
    await vi.waitFor(() =>
      expect(bodies).toEqual([{ title: "Claim in German", language: "de", template: "motor-claim" }]),
    );
  });

  it("creates a blank map in the interface language it was opened in", async () => {
    await i18n.changeLanguage("de");
    const user = userEvent.setup();
    render(<StartPage />);
    await user.type(screen.getByLabelText("Titel"), "Leere Map");
    await user.click(screen.getByRole("button", { name: "Map anlegen" }));
    await vi.waitFor(() => expect(bodies).toEqual([{ title: "Leere Map", language: "de" }]));
  });
});

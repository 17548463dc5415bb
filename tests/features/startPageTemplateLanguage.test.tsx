// @vitest-environment jsdom
// The templates are offered by their names in the map's language, which may differ from the interface's (a German map
// from an English interface): the names and the chosen template's description carry that language, so a screen
// reader reads "Girokonto eröffnen" as German and not with English sounds.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";

startPageTests(() => vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))), "en");

describe("the templates offered for a map in another language than the interface", () => {
  it("name them in the map's language, marked as such, with the description", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    const templates = screen.getByRole("combobox", { name: "Start from" });
    expect(within(templates).getByRole("option", { name: "Bank account opening" })).toHaveAttribute("lang", "en");
    await user.selectOptions(screen.getByRole("combobox", { name: "Language of the map" }), "de");
    const german = within(templates).getByRole("option", { name: "Girokonto eröffnen" });
    expect(german).toHaveAttribute("lang", "de");
    await user.selectOptions(templates, "bank-account-opening");
    expect(screen.getByText(/^Vom Kontovergleich bis zur ersten Zahlung/)).toHaveAttribute("lang", "de");
  });
});

// @vitest-environment jsdom
// A title pasted longer than a map title may be is not cut off without a word: it stays whole in the field, and
// Create says beside it how long a title may be, so the person shortens it where it makes sense.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { StartPage } from "../../src/app/StartPage";
import { render } from "@testing-library/react";
import { startPageTests } from "./startPageSetup";

const network = vi.fn(async () => new Response("{}", { status: 500 }));
startPageTests(() => {
  network.mockClear();
  return network;
}, "de");

describe("a title longer than 200 characters", () => {
  it("keeps the whole pasted title and says in German that it is too long, sending nothing", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    const title = `Kündigung „Großkunde“ – Übersicht über alle Berührungspunkte (1.000 €) ${"Änderungswünsche ".repeat(12)}`;
    expect(title.length).toBeGreaterThan(200);
    const field = screen.getByTestId("new-map-title");
    await user.click(field);
    await user.paste(title);
    expect(field).toHaveValue(title);
    await user.click(screen.getByTestId("create-map"));
    expect(screen.getByTestId("title-problem")).toHaveTextContent("200");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveFocus();
    expect(field).toHaveValue(title);
    expect(network).not.toHaveBeenCalled();
  });

  it("says in German that a title of only invisible characters is missing, sending nothing", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    const field = screen.getByTestId("new-map-title");
    await user.click(field);
    await user.paste("\u200B\u00AD\u2060");
    await user.click(screen.getByTestId("create-map"));
    expect(screen.getByTestId("title-problem")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(network).not.toHaveBeenCalled();
  });
});

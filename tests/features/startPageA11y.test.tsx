// @vitest-environment jsdom
// The start page by keyboard and screen reader: a refused title is said beside the field and tied to it, the
// hidden file input is no second Tab stop, and <html lang> follows the interface language.
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n } from "../../src/i18n";
import { startPageTests } from "./startPageSetup";

const fetchMock = vi.fn();

startPageTests(() => {
  fetchMock.mockReset();
  return fetchMock;
});

describe("the start page for keyboard and screen-reader users", () => {
  it("says a missing title beside the title field, marks the field invalid and sends nothing", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "Create map" }));
    const field = screen.getByRole("textbox", { name: "Title" });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Give the map a title first.");
    expect(field).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(field, "Phone plan");
    await user.click(screen.getByRole("button", { name: "Create map" }));
    expect(field).not.toHaveAttribute("aria-invalid");
  });

  it("says a missing title once: with the field the focus moves to, or as an alert when the focus is there", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    const field = screen.getByRole("textbox", { name: "Title" });
    await user.click(screen.getByRole("button", { name: "Create map" }));
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription("Give the map a title first.");
    // The focus move reads the description; an alert on top would say it twice.
    expect(screen.queryByRole("alert")).toBeNull();

    await user.type(field, "   {Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("Give the map a title first.");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("says it in German too", async () => {
    const user = userEvent.setup();
    await act(() => i18n.changeLanguage("de"));
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "Map anlegen" }));
    expect(screen.getByRole("textbox", { name: "Titel" })).toHaveAccessibleDescription(
      "Geben Sie der Map zuerst einen Titel.",
    );
  });

  it("creates one map however often Create map is pressed while the server answers", async () => {
    let answer: (response: Response) => void = () => {};
    fetchMock.mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const user = userEvent.setup();
    render(<StartPage />);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Phone plan");
    await user.click(screen.getByRole("button", { name: "Create map" }));
    const busy = screen.getByRole("button", { name: "Creating…" });
    expect(busy).toHaveAttribute("aria-disabled", "true");
    await user.click(busy);
    await user.keyboard("{Enter}");
    answer(new Response('{"error":"The server is busy."}', { status: 503 }));
    await screen.findByTestId("create-problem");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("reaches the import button with one Tab stop, not an invisible file input first", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    screen.getByRole("button", { name: "Create map" }).focus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Choose a JSON file…" })).toHaveFocus();
  });

  it("sets <html lang> to the interface language when it is switched", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Interface language" }), "de");
    expect(document.documentElement.lang).toBe("de");
    await user.selectOptions(screen.getByRole("combobox", { name: "Sprache der Oberfläche" }), "en");
    expect(document.documentElement.lang).toBe("en");
  });
});

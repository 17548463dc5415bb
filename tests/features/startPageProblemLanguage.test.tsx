// @vitest-environment jsdom
// A refusal on the start page follows a switch of the interface language, as the labels around it do: the server's
// refusal, a missing title and an import file's problems are said again in the language switched to.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");
const NEEDS_TOKEN = "Creating maps on this server needs the creation token.";

startPageTests(() => vi.fn(async () => new Response(JSON.stringify({ error: NEEDS_TOKEN }), { status: 401 })));

async function switchToGerman(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByRole("combobox", { name: "Interface language" }), "de");
}

describe("a refusal on the start page after a switch of the interface language", () => {
  it("says the server's refusal in German, also in the token field's description", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Tarifwechsel");
    await user.click(screen.getByRole("button", { name: "Create map" }));
    await screen.findByLabelText("Creation token");
    await switchToGerman(user);
    const german =
      "Dieser Server legt neue Maps nur mit einem Erstellungs-Token an; fragen Sie die Person, die ihn betreibt. " +
      `Er sagt auf Englisch: „${NEEDS_TOKEN}“`;
    expect(screen.getByTestId("create-problem")).toHaveTextContent(german);
    expect(screen.getByLabelText("Erstellungs-Token")).toHaveAccessibleDescription(expect.stringContaining(german));
    // The server's English sentence is marked as English, for a screen reader's voice; the German around it is not.
    const english = [...screen.getByTestId("create-problem").querySelectorAll('[lang="en"]')];
    expect(english.map((e) => e.textContent)).toEqual([NEEDS_TOKEN]);
  });

  it("marks nothing as English in an English interface, and a local file's problems in German not at all", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Tarifwechsel");
    await user.click(screen.getByRole("button", { name: "Create map" }));
    await screen.findByLabelText("Creation token");
    expect(screen.getByTestId("create-problem")).toHaveTextContent(NEEDS_TOKEN);
    expect(screen.getByTestId("create-problem").querySelectorAll("[lang]")).toHaveLength(0);
  });

  it("says a missing title in German", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.click(screen.getByRole("button", { name: "Create map" }));
    await switchToGerman(user);
    expect(screen.getByRole("textbox", { name: "Titel" })).toHaveAccessibleDescription(
      "Geben Sie der Map zuerst einen Titel.",
    );
  });

  it("says an import file's problems in German, the paths as written", async () => {
    const file = JSON.parse(EXAMPLE) as { journey: { cards: Record<string, unknown>[] } };
    const [first] = file.journey.cards;
    if (!first) throw new Error("the example has no card");
    first.stageId = "st_gone";
    const user = userEvent.setup();
    render(<StartPage />);
    await user.upload(screen.getByTestId("import-file"), new File([JSON.stringify(file)], "plan.json"));
    expect(await screen.findByTestId("import-problem")).toHaveTextContent("1 problem");
    await switchToGerman(user);
    const problem = screen.getByTestId("import-problem");
    expect(problem.querySelector("p")).toHaveTextContent(
      "Diese Datei ist keine gültige Outside-In-Journey: 1 Problem.",
    );
    expect(problem.querySelectorAll("[lang]")).toHaveLength(0);
    expect([...problem.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "journey.cards[0].stageId: unbekannte Phase „st_gone“",
    ]);
  });

  it("says in German that a file is too large", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    const big = new File(["x"], "big.json");
    Object.defineProperty(big, "size", { value: 11 * 1024 * 1024 });
    await user.upload(screen.getByTestId("import-file"), big);
    await screen.findByTestId("import-problem");
    await switchToGerman(user);
    expect(screen.getByTestId("import-problem")).toHaveTextContent("Diese Datei ist größer als 10 MiB");
  });
});

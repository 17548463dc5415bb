// @vitest-environment jsdom
// The start page offers the templates of its own build. A server that does not have the one chosen (this page is
// older or newer than the server) refuses it with its ids; the page says so in the interface language with the
// template's name as it offered it, says to reload for the server's templates, keeps the server's sentence under it,
// and keeps everything typed.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";

const SERVER_SAYS =
  'There is no template "bank-account-opening". The templates are "motor-claim", "phone-plan-switch" and "online-purchase-return".';
let sent: unknown[] = [];

const refusing = () => {
  sent = [];
  return vi.fn(async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)));
    return Response.json(
      {
        error: SERVER_SAYS,
        issues: [
          {
            path: "template",
            message:
              'unknown template; the templates are "motor-claim", "phone-plan-switch" and "online-purchase-return"',
          },
        ],
      },
      { status: 400 },
    );
  });
};

async function createFromTemplate(language: "en" | "de", label: string) {
  const user = userEvent.setup();
  render(<StartPage />);
  await user.type(screen.getByTestId("new-map-title"), "Konto-Workshop „Größe“ – 5 €");
  await user.selectOptions(screen.getByRole("combobox", { name: label }), "bank-account-opening");
  await user.click(screen.getByTestId("create-map"));
  const problem = await screen.findByTestId("create-problem");
  expect(sent).toEqual([{ title: "Konto-Workshop „Größe“ – 5 €", language, template: "bank-account-opening" }]);
  expect(screen.getByTestId("new-map-title")).toHaveValue("Konto-Workshop „Größe“ – 5 €");
  return problem;
}

describe("a template the server does not offer, in German", () => {
  startPageTests(refusing, "de");

  it("names the template as the page offered it and says to reload, with the server's sentence under it", async () => {
    const problem = await createFromTemplate("de", "Beginnen mit");
    expect(problem.querySelector("p")).toHaveTextContent(
      "Dieser Server bietet die Vorlage „Girokonto eröffnen“ nicht an (diese Seite ist vielleicht älter als der Server); es wurde nichts angelegt. Laden Sie die Seite neu, um seine Vorlagen zu sehen.",
    );
    expect([...problem.querySelectorAll("li")].map((li) => li.textContent)).toEqual([SERVER_SAYS]);
    expect(problem).toHaveAttribute("role", "alert");
  });
});

describe("a template the server does not offer, in English", () => {
  startPageTests(refusing, "en");

  it("names the template as the page offered it and says to reload", async () => {
    const problem = await createFromTemplate("en", "Start from");
    expect(problem.querySelector("p")).toHaveTextContent(
      "This server does not offer the template “Bank account opening” (this page may be older than the server), so nothing was created. Reload the page for the templates it offers.",
    );
  });
});

// @vitest-environment jsdom
// The start page tells in German why a new map was not created when the app itself finds the reason.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";
import { pasteInto } from "./pasteInto";

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage("en");
});

/**
 * The sentence the page says after the server's answer: as an alert, or (a refusal for want of the creation token) as
 * the description of the token field the focus moves to, where an alert would say it a second time.
 */
async function createWith(
  answer: () => Promise<Response>,
  language = "de",
  saidBy: "alert" | "tokenField" = "alert",
): Promise<string> {
  vi.stubGlobal("fetch", vi.fn(answer));
  initI18n("en");
  await i18n.changeLanguage(language);
  const user = userEvent.setup();
  render(<StartPage />);
  await pasteInto(user, screen.getByTestId("new-map-title"), "Tarifwechsel für Ältere");
  await user.click(screen.getByTestId("create-map"));
  let text: string;
  if (saidBy === "alert") text = (await screen.findByRole("alert")).textContent ?? "";
  else {
    const field = await screen.findByTestId("creation-token");
    await vi.waitFor(() => expect(field).toHaveFocus());
    text = screen.getByTestId("create-problem").textContent ?? "";
    expect(field).toHaveAccessibleDescription(expect.stringContaining(text));
  }
  cleanup();
  return text;
}

describe("the start page in German", () => {
  it("says that the server cannot be reached, that it failed, or that its answer is odd, in German", async () => {
    expect(await createWith(() => Promise.reject(new TypeError("Failed to fetch")))).toBe(
      "Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.",
    );
    expect(await createWith(async () => new Response("oops", { status: 502 }))).toBe(
      "Der Server konnte die Map nicht anlegen (HTTP 502).",
    );
    // Created, but without the links in the answer: the page says so, so that nobody creates the map twice.
    expect(await createWith(async () => new Response("{}", { status: 201 }))).toBe(
      "Der Server meldet, dass er die Map angelegt hat, aber diese Seite kann seine Antwort nicht lesen und hat daher keinen Link, um sie zu öffnen. Erneutes Anlegen würde eine zweite Map erzeugen.",
    );
    expect(await createWith(async () => new Response("<html>", { status: 201 }), "en")).toMatch(
      /^The server says it created the map, but this page cannot read its answer.*second map\.$/,
    );
  });

  const refusal = (status: number, body: object) => async () => new Response(JSON.stringify(body), { status });

  it("says in German why the server refused, and shows the server's own English sentence introduced in German", async () => {
    expect(
      await createWith(
        refusal(401, { error: "Creating maps on this server needs the creation token." }),
        "de",
        "tokenField",
      ),
    ).toBe(
      "Dieser Server legt neue Maps nur mit einem Erstellungs-Token an; fragen Sie die Person, die ihn betreibt. " +
        "Er sagt auf Englisch: „Creating maps on this server needs the creation token.“",
    );
    expect(await createWith(refusal(429, { error: "Too many requests; wait a minute." }))).toBe(
      "Der Server bekommt gerade zu viele Anfragen; warten Sie einen Moment und versuchen Sie es noch einmal. " +
        "Er sagt auf Englisch: „Too many requests; wait a minute.“",
    );
    expect(
      await createWith(
        refusal(413, {
          error: "The request body is larger than 10 MiB.",
          issues: [{ path: "", message: "is larger than 10 MiB" }],
        }),
      ),
    ).toBe(
      "Die Map ist zu groß für den Server; nichts wurde gespeichert. " +
        "Er sagt auf Englisch: „The request body is larger than 10 MiB.“" +
        "is larger than 10 MiB",
    );
    expect(await createWith(refusal(503, { error: "The server is shutting down." }))).toBe(
      "Der Server konnte die Map nicht anlegen (HTTP 503). Er sagt auf Englisch: „The server is shutting down.“",
    );
  });

  it("lists the server's issues under its German introduction when it refuses the map", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        refusal(400, {
          error: 'There is no template "nope".',
          issues: [{ path: "template", message: "is not a known template" }],
        }),
      ),
    );
    initI18n("en");
    await i18n.changeLanguage("de");
    const user = userEvent.setup();
    render(<StartPage />);
    await pasteInto(user, screen.getByTestId("new-map-title"), "Tarifwechsel");
    await user.click(screen.getByTestId("create-map"));
    const alert = await screen.findByTestId("create-problem");
    expect(alert.querySelector("p")).toHaveTextContent(
      "Der Server hat die Map nicht angenommen; nichts wurde gespeichert. " +
        "Er sagt auf Englisch: „There is no template ‚nope‘.“",
    );
    expect([...alert.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "template: is not a known template",
    ]);
  });

  it("keeps the server's own sentence as it is in English", async () => {
    expect(
      await createWith(
        refusal(401, { error: "Creating maps on this server needs the creation token." }),
        "en",
        "tokenField",
      ),
    ).toBe("Creating maps on this server needs the creation token.");
  });

  it("introduces in German a failure that is not the server's, such as a file the browser cannot read", async () => {
    vi.stubGlobal("fetch", vi.fn());
    initI18n("en");
    await i18n.changeLanguage("de");
    const user = userEvent.setup();
    render(<StartPage />);
    const file = new File(["{}"], "plan.json", { type: "application/json" });
    Object.defineProperty(file, "arrayBuffer", {
      value: () => Promise.reject(new DOMException("The file could not be read.", "NotReadableError")),
    });
    await user.upload(screen.getByTestId("import-file"), file);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Etwas Unerwartetes ist schiefgegangen. Die technische Meldung dazu lautet: „The file could not be read.“",
    );
  });
});

// @vitest-environment jsdom
// The start page tells in German why a new map was not created when the app itself finds the reason.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage("en");
});

async function createWith(answer: () => Promise<Response>): Promise<string> {
  vi.stubGlobal("fetch", vi.fn(answer));
  initI18n("en");
  await i18n.changeLanguage("de");
  const user = userEvent.setup();
  render(<StartPage />);
  await user.type(screen.getByLabelText("Titel"), "Tarifwechsel für Ältere");
  await user.click(screen.getByRole("button", { name: "Map anlegen" }));
  const text = (await screen.findByRole("alert")).textContent ?? "";
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
    expect(await createWith(async () => new Response("{}", { status: 201 }))).toBe(
      "Der Server hat eine Antwort geschickt, die diese App nicht versteht.",
    );
  });
});

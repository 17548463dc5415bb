// @vitest-environment jsdom
// A server started with CREATE_TOKEN answers 401 to a new map without it: the start page asks for the token, sends
// the same map again with it, keeps it for the session, and says so when the token is wrong, losing nothing chosen.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { i18n } from "../../src/i18n";
import { pasteInto } from "./pasteInto";
import { startPageTests } from "./startPageSetup";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../fixtures/phone-plan.journey.json"), "utf8");
const CREATED = {
  id: "m1",
  links: { owner: "/m/m1#token=o", edit: "/m/m1#token=e", comment: "/m/m1#token=c", view: "/m/m1#token=v" },
  tokens: { owner: "o", edit: "e", comment: "c", view: "v" },
};
const NEEDS_TOKEN = "Creating maps on this server needs the creation token.";
const KEPT = "outside-in.creationToken";

interface Sent {
  body: string;
  authorization: string | null;
}
let sent: Sent[] = [];
// Latin-1 beyond ASCII travels in a header as it is, and the server reads it back the same.
const serverToken = "s3cret-Töken";

startPageTests(() => {
  sent = [];
  // Answers as server/http/api.ts does: 401 unless the Bearer token is the server's.
  return vi.fn(async (_url: string, init: RequestInit) => {
    // The list asks about the maps it holds (GET); only a new map (POST) wants the creation token.
    if (init.method !== "POST") return Response.json({ id: "m1", title: "Phone plan", role: "owner" });
    const authorization = new Headers(init.headers).get("Authorization");
    sent.push({ body: String(init.body), authorization });
    if (authorization !== `Bearer ${serverToken}`) {
      return new Response(JSON.stringify({ error: NEEDS_TOKEN }), { status: 401 });
    }
    return new Response(JSON.stringify(CREATED), { status: 201 });
  });
});

async function startCreating(title = "Phone plan") {
  const user = userEvent.setup();
  render(<StartPage />);
  // Found by test id and label: the tests below read these fields by their role and name where that is the point.
  await pasteInto(user, screen.getByTestId("new-map-title"), title);
  await user.selectOptions(screen.getByLabelText("Language of the map"), "de");
  await user.selectOptions(screen.getByLabelText("Start from"), "bank-account-opening");
  await user.click(screen.getByTestId("create-map"));
  return user;
}

describe("the start page on a server that wants a creation token", () => {
  it("asks for the token in a labelled field tied to the refusal, keeping title, language and template", async () => {
    await startCreating();
    const field = await screen.findByLabelText("Creation token");
    expect(field).toHaveAttribute("type", "password");
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(expect.stringContaining(NEEDS_TOKEN));
    expect(field).toHaveAccessibleDescription(expect.stringContaining("until you close the tab"));
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("Phone plan");
    expect(screen.getByRole("combobox", { name: "Language of the map" })).toHaveValue("de");
    expect(screen.getByRole("combobox", { name: "Start from" })).toHaveValue("bank-account-opening");
    expect(window.location.pathname).toBe("/");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.authorization).toBeNull();
  });

  it("sends the same map again with the Bearer token, keeps the token for the session, and asks no more", async () => {
    const user = await startCreating();
    await pasteInto(user, await screen.findByLabelText("Creation token"), ` ${serverToken}`);
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ body: sent[0]?.body, authorization: `Bearer ${serverToken}` });
    expect(JSON.parse(sent[1]?.body ?? "")).toEqual({
      title: "Phone plan",
      language: "de",
      template: "bank-account-opening",
    });
    expect(sessionStorage.getItem(KEPT)).toBe(serverToken);

    cleanup();
    window.history.pushState(null, "", "/");
    await startCreating("Second map");
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(sent).toHaveLength(3);
    expect(sent[2]?.authorization).toBe(`Bearer ${serverToken}`);
    expect(screen.queryByLabelText("Creation token")).toBeNull();
  });

  it("says a wrong token in a clear sentence, keeps nothing and loses nothing", async () => {
    const user = await startCreating();
    const field = await screen.findByLabelText("Creation token");
    await pasteInto(user, field, "not-the-token");
    await user.click(screen.getByRole("button", { name: "Create with this token" }));
    const problem =
      "The server did not accept this creation token, so nothing was created. Check the token and try again.";
    await vi.waitFor(() => expect(screen.getByTestId("create-problem")).toHaveTextContent(problem));
    expect(sent[1]?.authorization).toBe("Bearer not-the-token");
    expect(field).toHaveAccessibleDescription(expect.stringContaining(problem));
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(sessionStorage.getItem(KEPT)).toBeNull();
    expect(window.location.pathname).toBe("/");
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("Phone plan");
    expect(screen.getByRole("combobox", { name: "Start from" })).toHaveValue("bank-account-opening");

    await user.clear(field);
    await pasteInto(user, field, serverToken);
    await user.click(screen.getByRole("button", { name: "Create with this token" }));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
  });

  it("forgets a kept token the server no longer takes and asks for the new one", async () => {
    sessionStorage.setItem(KEPT, "last-weeks-token");
    await startCreating();
    const field = await screen.findByLabelText("Creation token");
    expect(sent[0]?.authorization).toBe("Bearer last-weeks-token");
    // Nobody typed it: the field, empty, asks for the current token instead of asking to check it.
    expect(field).toHaveValue("");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("kept from before is no longer accepted"));
    expect(field).not.toHaveAccessibleDescription(expect.stringContaining("Check the token"));
    expect(sessionStorage.getItem(KEPT)).toBeNull();
  });

  it("sends nothing for an empty token or one no server token can be, and says why beside the field", async () => {
    const user = await startCreating();
    const field = await screen.findByLabelText("Creation token");
    const retry = screen.getByRole("button", { name: "Create with this token" });
    await user.click(retry);
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Enter the creation token first."));
    await pasteInto(user, field, "two words");
    await user.click(retry);
    expect(field).toHaveAccessibleDescription(expect.stringContaining("no spaces or line breaks"));
    await user.clear(field);
    await pasteInto(user, field, "token🔑");
    await user.click(retry);
    expect(field).toHaveAccessibleDescription(expect.stringContaining("characters a creation token cannot have"));
    expect(sent).toHaveLength(1);
    expect(sessionStorage.getItem(KEPT)).toBeNull();
  });

  it("asks for the token on an import and sends the same file again with it", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.upload(
      screen.getByTestId("import-file"),
      new File([EXAMPLE], "plan.json", { type: "application/json" }),
    );
    const field = await screen.findByLabelText("Creation token");
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(expect.stringContaining(NEEDS_TOKEN));
    await pasteInto(user, field, serverToken);
    await user.click(screen.getByRole("button", { name: "Import “Switch to a new phone plan” with this token" }));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(sent.map((s) => s.body)).toEqual([EXAMPLE, EXAMPLE]);
    expect(sent[1]?.authorization).toBe(`Bearer ${serverToken}`);
    expect(sessionStorage.getItem(KEPT)).toBe(serverToken);
    expect(localStorage.getItem("outside-in.maps")).toContain('"title":"Switch to a new phone plan"');
  });

  // A screen reader reads a field's description when the focus moves to it; an alert with the same sentence on top
  // would say it twice. Where the focus is in the field already, nothing moves, so the alert is what says it.
  const alertsSaying = (text: string) =>
    screen.queryAllByRole("alert").filter((alert) => alert.textContent?.includes(text));

  it("says each refusal once: with the field the focus moves to, or as an alert when the focus stays in it", async () => {
    const user = await startCreating();
    const field = await screen.findByLabelText("Creation token");
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(expect.stringContaining(NEEDS_TOKEN));
    expect(alertsSaying(NEEDS_TOKEN)).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Create with this token" }));
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Enter the creation token first."));
    expect(alertsSaying("Enter the creation token first.")).toEqual([]);

    await pasteInto(user, field, "not-the-token");
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(alertsSaying("did not accept this creation token")).toHaveLength(1));
    expect(field).toHaveFocus();
    await user.clear(field);
    await pasteInto(user, field, "two words");
    await user.keyboard("{Enter}");
    expect(alertsSaying("no spaces or line breaks")).toHaveLength(1);
  });

  it("says an import's refusal once, with the token field the focus moves to", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.upload(screen.getByTestId("import-file"), new File([EXAMPLE], "plan.json"));
    const field = await screen.findByLabelText("Creation token");
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(expect.stringContaining(NEEDS_TOKEN));
    expect(alertsSaying(NEEDS_TOKEN)).toEqual([]);
  });

  async function bothFormsAsk() {
    const user = await startCreating();
    await screen.findByLabelText("Creation token");
    await user.upload(
      screen.getByTestId("import-file"),
      new File([EXAMPLE], "plan.json", { type: "application/json" }),
    );
    await vi.waitFor(() => expect(screen.getAllByLabelText("Creation token")).toHaveLength(2));
    const [createField, importField] = screen.getAllByLabelText("Creation token");
    if (!createField || !importField) throw new Error("both forms should ask for the token");
    return { user, createField, importField };
  }

  it("closes the new-map form's token field once the import's token is accepted, and creates with the kept one", async () => {
    const { user, createField, importField } = await bothFormsAsk();
    await pasteInto(user, createField, "half-typ");
    await pasteInto(user, importField, serverToken);
    await user.click(screen.getByRole("button", { name: "Import “Switch to a new phone plan” with this token" }));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(screen.queryByLabelText("Creation token")).toBeNull();
    // The sentence that the server wants the token no longer holds.
    expect(screen.queryByTestId("create-problem")).toBeNull();
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("Phone plan");

    await user.click(screen.getByRole("button", { name: "Create map" }));
    await vi.waitFor(() => expect(sent).toHaveLength(4));
    expect(sent[3]?.authorization).toBe(`Bearer ${serverToken}`);
    expect(JSON.parse(sent[3]?.body ?? "").title).toBe("Phone plan");
  });

  it("closes the import's token field once the new map's token is accepted, and imports the same file with it", async () => {
    const { user, createField } = await bothFormsAsk();
    await pasteInto(user, createField, serverToken);
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(screen.queryByLabelText("Creation token")).toBeNull();
    expect(screen.queryByTestId("import-problem")).toBeNull();

    window.history.pushState(null, "", "/");
    await user.click(screen.getByRole("button", { name: "Import “Switch to a new phone plan”" }));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/m/m1"));
    expect(sent).toHaveLength(4);
    expect(sent[3]).toEqual({ body: EXAMPLE, authorization: `Bearer ${serverToken}` });
  });

  it("asks in German, with a German label, explanation and wrong-token sentence", async () => {
    await act(() => i18n.changeLanguage("de"));
    const user = userEvent.setup();
    render(<StartPage />);
    await pasteInto(user, screen.getByRole("textbox", { name: "Titel" }), "Tarifwechsel für Ältere");
    await user.click(screen.getByRole("button", { name: "Map anlegen" }));
    const field = await screen.findByLabelText("Erstellungs-Token");
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining("Dieser Browser behält das Token, bis Sie den Tab schließen"),
    );
    await pasteInto(user, field, "falsch");
    await user.click(screen.getByRole("button", { name: "Mit diesem Token anlegen" }));
    await vi.waitFor(() =>
      expect(screen.getByTestId("create-problem")).toHaveTextContent(
        "Der Server hat dieses Erstellungs-Token nicht angenommen; es wurde nichts angelegt. " +
          "Prüfen Sie das Token und versuchen Sie es noch einmal.",
      ),
    );
    expect(screen.getByRole("textbox", { name: "Titel" })).toHaveValue("Tarifwechsel für Ältere");
  });
});

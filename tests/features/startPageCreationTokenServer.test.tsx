// @vitest-environment jsdom
// The start page against a real server started with a creation token: refused without it, asked for it, and the
// map is created with it exactly as server/http checks it (Authorization: Bearer TOKEN).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPage } from "../../src/app/StartPage";
import { startPageTests } from "./startPageSetup";
import { api, startTestServer, type TestServer } from "../server/helpers";

const CREATE_TOKEN = "let-me-create-maps";
const realFetch = globalThis.fetch;
let t: TestServer;
let statuses: number[] = [];

beforeAll(async () => {
  t = await startTestServer({ createToken: CREATE_TOKEN });
});

afterAll(async () => {
  await t.stop();
});

startPageTests(() => {
  statuses = [];
  // The page calls /api/maps on its own origin; here that origin is the test server.
  return vi.fn(async (url: string, init: RequestInit) => {
    const response = await realFetch(`${t.url}${url}`, init);
    statuses.push(response.status);
    return response;
  });
});

describe("the start page on a server started with a creation token", () => {
  it("asks for the token after the server's 401, refuses a wrong one, and creates the map with the right one", async () => {
    const user = userEvent.setup();
    render(<StartPage />);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Tarifwechsel für Ältere");
    await user.click(screen.getByRole("button", { name: "Create map" }));
    const field = await screen.findByLabelText("Creation token");
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining("Creating maps on this server needs the creation token."),
    );

    await user.type(field, "wrong-token");
    await user.click(screen.getByRole("button", { name: "Create with this token" }));
    await vi.waitFor(() =>
      expect(screen.getByTestId("create-problem")).toHaveTextContent("did not accept this creation token"),
    );

    await user.clear(field);
    await user.type(field, CREATE_TOKEN);
    await user.click(screen.getByRole("button", { name: "Create with this token" }));
    await vi.waitFor(() => expect(window.location.pathname).toMatch(/^\/m\/[A-Za-z0-9_-]+$/));
    expect(statuses).toEqual([401, 401, 201]);
    expect(sessionStorage.getItem("outside-in.creationToken")).toBe(CREATE_TOKEN);

    const id = window.location.pathname.slice("/m/".length);
    const owner = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
    vi.unstubAllGlobals();
    const meta = await api(t.url, `/api/maps/${id}`, { token: owner });
    expect(meta.body).toEqual({ id, title: "Tarifwechsel für Ältere", role: "owner" });
  });
});

// @vitest-environment jsdom
// The start page asks the server about the maps in its list when it opens, with the link it keeps: a title a
// colleague changed since is shown and written into the list (which keeps its order and unknown fields), and a map
// the server no longer has for that link (deleted, or the link replaced) is said to be gone, in the interface
// language. A server that cannot be reached changes nothing.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { StartPage } from "../../src/app/StartPage";
import { i18n, initI18n } from "../../src/i18n";

const KEY = "outside-in.maps";
const entry = (id: string, title: string, day: number) => ({
  id,
  title,
  role: "owner",
  link: `http://127.0.0.1:8080/m/${id}#token=owner-${id}`,
  lastOpened: `2026-11-${10 + day}T09:00:00.000Z`,
  kept: "a field this version does not know",
});

/** The server of this test: a renamed map, one it does not know for this link, and one it cannot be asked about. */
function server(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = String(input);
  const auth = new Headers(init?.headers).get("Authorization");
  if (url === "/api/maps/kfz" && auth === "Bearer owner-kfz") {
    return Promise.resolve(Response.json({ id: "kfz", title: "Kfz-Schaden „final“ – Größe 5 €", role: "owner" }));
  }
  if (url === "/api/maps/tarif" && auth === "Bearer owner-tarif") {
    return Promise.resolve(Response.json({ id: "tarif", title: "Tarifwechsel", role: "owner" }));
  }
  if (url === "/api/maps/weg") {
    return Promise.resolve(Response.json({ error: "There is no such map." }, { status: 404 }));
  }
  return Promise.reject(new TypeError("Failed to fetch"));
}

beforeEach(async () => {
  localStorage.clear();
  initI18n("de");
  await i18n.changeLanguage("de");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("the list of maps in this browser, brought up to date with the server", () => {
  it("shows a title changed on the server, says which map is gone, and keeps what it cannot ask about", async () => {
    const stored = [
      entry("kfz", "Kfz-Schaden Entwurf", 4),
      entry("weg", "Alte Map", 3),
      entry("tarif", "Tarifwechsel", 2),
      entry("offline", "Ohne Antwort", 1),
    ];
    localStorage.setItem(KEY, JSON.stringify(stored));
    const fetch = vi.fn(server);
    vi.stubGlobal("fetch", fetch);
    render(<StartPage />);
    expect(await screen.findByRole("link", { name: "Kfz-Schaden „final“ – Größe 5 €" })).toBeInTheDocument();
    const gone = await screen.findByTestId("map-gone");
    expect(gone).toHaveTextContent(
      "Auf dem Server nicht gefunden: Die Map wurde gelöscht oder dieser Link ersetzt; nach dem neuen Link fragen Sie, wem die Map gehört.",
    );
    expect(screen.getByRole("link", { name: "Alte Map" })).toHaveAccessibleDescription(gone.textContent ?? "");
    expect(screen.getAllByTestId("map-gone")).toHaveLength(1);
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(4));
    expect(screen.getAllByRole("link").map((a) => a.textContent)).toEqual([
      "Kfz-Schaden „final“ – Größe 5 €",
      "Alte Map",
      "Tarifwechsel",
      "Ohne Antwort",
    ]);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "null")).toEqual([
      { ...stored[0], title: "Kfz-Schaden „final“ – Größe 5 €" },
      ...stored.slice(1),
    ]);
  });

  it("says a map is gone in English too", async () => {
    await i18n.changeLanguage("en");
    localStorage.setItem(KEY, JSON.stringify([entry("weg", "Old map", 1)]));
    vi.stubGlobal("fetch", vi.fn(server));
    render(<StartPage />);
    expect(await screen.findByTestId("map-gone")).toHaveTextContent(
      "Not found on the server: the map was deleted, or this link was replaced (ask whoever owns the map for the new one).",
    );
  });
});

// @vitest-environment jsdom
// The versions section of the journey tab: shown to owners and editors, lists versions in the interface language,
// saves a named one, restores one after a question (focus as the app's other questions handle it), shows refusals.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { blankJourney, loadJourney, type Role } from "../../../src/doc";
import { createMapStore } from "../../../src/store";
import { i18n, initI18n } from "../../../src/i18n";
import { VersionsSection } from "../../../src/features/versions/VersionsSection";
import { JourneyPanel } from "../../../src/features/journey/JourneyPanel";
import { versionsStrings } from "../../../src/features/versions/strings";
import { renderWithStore } from "../helpers";
import type { Version } from "../../../src/features/versions/api";

afterEach(async () => {
  await act(() => i18n.changeLanguage("en"));
});

const created: Version = { id: "vr_1", createdAt: "2026-12-06T09:00:00.000Z", kind: "created", cards: 3, bytes: 900 };
const auto: Version = { id: "vr_2", createdAt: "2026-12-06T09:20:00.000Z", kind: "auto", cards: 4, bytes: 950 };
const named: Version = {
  id: "vr_3",
  createdAt: "2026-12-06T09:30:00.000Z",
  kind: "named",
  name: "Before the workshop",
  by: "Anna",
  cards: 4,
  bytes: 960,
};

interface Call {
  method: string;
  url: string;
  body: unknown;
  auth: string | null;
}

/** A server for the section: answers from a list it keeps, and records every call. */
function fakeServer(start: Version[], refuse?: { status: number; error: string }) {
  const versions = [...start];
  const calls: Call[] = [];
  // New ids past the ones the tests start with, so no two versions share one.
  let next = 100;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  const doFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const method = init?.method ?? "GET";
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    calls.push({ method, url, body, auth: new Headers(init?.headers).get("Authorization") });
    if (refuse && method === "POST") return json(refuse.status, { error: refuse.error });
    if (method === "GET" && url.endsWith("/versions")) return json(200, { versions: [...versions].reverse() });
    if (method === "POST" && url.endsWith("/versions")) {
      const saved: Version = {
        id: `vr_${next++}`,
        createdAt: "2026-12-06T10:00:00.000Z",
        kind: "named",
        name: (body as { name: string }).name.trim(),
        cards: 4,
        bytes: 970,
      };
      versions.push(saved);
      return json(201, saved);
    }
    const restored = /\/versions\/(vr_\d+)\/restore$/.exec(url);
    if (method === "POST" && restored) {
      const target = versions.find((v) => v.id === restored[1])!;
      const saved: Version = {
        id: `vr_${next++}`,
        createdAt: "2026-12-06T10:05:00.000Z",
        kind: "beforeRestore",
        name: `Before restoring "${target.name ?? ""}"`,
        cards: 2,
        bytes: 500,
        restoring: { id: target.id, createdAt: target.createdAt, ...(target.name ? { name: target.name } : {}) },
      };
      versions.push(saved);
      return json(200, { restored: target, saved });
    }
    const file = /\/versions\/(vr_\d+)$/.exec(url);
    if (method === "GET" && file) {
      return new Response('{"format":"outside-in.journey"}', {
        status: 200,
        headers: {
          "Content-Type": "application/json",
          "Content-Disposition": `attachment; filename="Phone-plan-2026-12-06-09-30-UTC.json"; filename*=UTF-8''${encodeURIComponent("Phone plan – Ölwechsel (2026-12-06 09-30 UTC).json")}`,
        },
      });
    }
    return json(404, { error: "There is no such address in the API." });
  };
  return { fetch: doFetch as typeof fetch, calls, versions };
}

function renderSection(role: Role, server: ReturnType<typeof fakeServer>, language: "en" | "de" = "en") {
  initI18n("en");
  void i18n.changeLanguage(language);
  const doc = new Y.Doc();
  loadJourney(doc, blankJourney("Phone plan", "en"));
  const store = createMapStore({ doc, role, mapId: "map_versions_1", token: "tok" });
  return renderWithStore(store, <VersionsSection fetch={server.fetch} />);
}

const labels = () => screen.getAllByTestId("version-label").map((el) => el.textContent);

describe("the versions section", () => {
  it("is shown in the journey tab to owners and editors, and not to commenters or viewers", () => {
    initI18n("en");
    for (const [role, shown] of [
      ["owner", true],
      ["editor", true],
      ["commenter", false],
      ["viewer", false],
    ] as const) {
      const doc = new Y.Doc();
      loadJourney(doc, blankJourney("Phone plan", "en"));
      const store = createMapStore({ doc, role, mapId: "map_versions_1", token: "tok" });
      const view = renderWithStore(store, <JourneyPanel />);
      expect(screen.queryByRole("button", { name: "Versions" }) !== null, role).toBe(shown);
      view.unmount();
    }
  });

  it("lists the versions newest first when opened, with date and time and what made each", async () => {
    const server = fakeServer([created, auto, named]);
    renderSection("editor", server);
    expect(server.calls).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Versions" }));
    await waitFor(() => expect(labels()).toEqual(["Before the workshop", "Automatic", "Created"]));
    expect(server.calls[0]).toMatchObject({
      method: "GET",
      url: "/api/maps/map_versions_1/versions",
      auth: "Bearer tok",
    });
    const first = screen.getAllByTestId("version")[0]!;
    expect(within(first).getByText(/Dec 6, 2026/)).toHaveAttribute("dateTime", named.createdAt);
    expect(first).toHaveTextContent("4 cards · by Anna");
    // Closed and opened again, the list is read again.
    await userEvent.click(screen.getByRole("button", { name: "Versions" }));
    await userEvent.click(screen.getByRole("button", { name: "Versions" }));
    await waitFor(() => expect(server.calls.filter((c) => c.method === "GET")).toHaveLength(2));
  });

  it("says it all in German in a German interface", async () => {
    const server = fakeServer([created, auto, named]);
    renderSection("owner", server, "de");
    await userEvent.click(screen.getByRole("button", { name: "Versionen" }));
    await waitFor(() => expect(labels()).toEqual(["Before the workshop", "Automatisch", "Erstellt"]));
    expect(screen.getAllByTestId("version")[0]).toHaveTextContent(/06\.12\.2026, \d\d:\d\d · /);
    expect(screen.getAllByTestId("version")[0]).toHaveTextContent("4 Karten · von Anna");
    expect(screen.getByRole("button", { name: "Version speichern …" })).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Wiederherstellen …/ })).toHaveLength(3);
    expect(screen.getAllByRole("button", { name: /^Herunterladen \(JSON\)/ })).toHaveLength(3);
  });

  it("saves a named version and shows it in the list read again", async () => {
    const server = fakeServer([created]);
    renderSection("editor", server);
    await userEvent.click(screen.getByRole("button", { name: "Versions" }));
    await userEvent.click(await screen.findByRole("button", { name: "Save a version…" }));
    const field = screen.getByLabelText("Name of the version");
    expect(field).toHaveFocus();
    await userEvent.type(field, " Before the workshop {Enter}");
    await waitFor(() => expect(labels()).toEqual(["Before the workshop", "Created"]));
    const post = server.calls.find((c) => c.method === "POST");
    expect(post?.body).toMatchObject({ name: " Before the workshop " });
    expect(screen.getByRole("status")).toHaveTextContent("Saved as “Before the workshop”.");
    expect(screen.getByRole("button", { name: "Save a version…" })).toHaveFocus();
  });

  it("downloads a version's file under the name the server gives it", async () => {
    const server = fakeServer([created, named]);
    const saved: { name: string; href: string }[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = () => "blob:version";
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    try {
      renderSection("owner", server);
      await userEvent.click(screen.getByRole("button", { name: "Versions" }));
      await userEvent.click(await screen.findByRole("button", { name: /^Download \(JSON\): Before the workshop/ }));
      await waitFor(() =>
        expect(saved).toEqual([{ name: "Phone plan – Ölwechsel (2026-12-06 09-30 UTC).json", href: "blob:version" }]),
      );
      expect(server.calls.at(-1)).toMatchObject({ method: "GET", url: "/api/maps/map_versions_1/versions/vr_3" });
    } finally {
      click.mockRestore();
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });

  it("asks before restoring, with the safe choice focused, and gives the focus back when cancelled", async () => {
    const server = fakeServer([created, named]);
    renderSection("editor", server);
    await userEvent.click(screen.getByRole("button", { name: "Versions" }));
    const restoreButton = await screen.findByRole("button", { name: /^Restore…: Before the workshop/ });
    await userEvent.click(restoreButton);
    const dialog = screen.getByRole("dialog", { name: "Restore this version?" });
    expect(dialog).toHaveTextContent("Everyone on this map sees the change at once.");
    expect(dialog).toHaveTextContent("The map as it is now is kept as a version first");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(restoreButton).toHaveFocus();
    expect(server.calls.some((c) => c.method === "POST")).toBe(false);

    await userEvent.click(restoreButton);
    await userEvent.click(screen.getByRole("button", { name: "Restore now" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(server.calls.find((c) => c.method === "POST")?.url).toBe("/api/maps/map_versions_1/versions/vr_3/restore");
    await waitFor(() => expect(labels()[0]).toBe("Before restoring “Before the workshop”"));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Restored. The map as it was is kept as “Before restoring ‘Before the workshop’”.",
    );
  });

  it("shows the server's sentence when it refuses, and keeps the question open", async () => {
    const server = fakeServer([created], {
      status: 403,
      error: "Only the owner and editors of a map may see, save and restore its versions.",
    });
    renderSection("editor", server);
    await userEvent.click(screen.getByRole("button", { name: "Versions" }));
    await userEvent.click(await screen.findByRole("button", { name: /^Restore…/ }));
    await userEvent.click(screen.getByRole("button", { name: "Restore now" }));
    const dialog = screen.getByRole("dialog");
    await waitFor(() =>
      expect(within(dialog).getByRole("alert")).toHaveTextContent(
        "Only the owner and editors of a map may see, save and restore its versions.",
      ),
    );
  });

  it("has every text in English and German", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(versionsStrings.de).sort()).toEqual(keys(versionsStrings.en).sort());
  });

  it("writes its German as German is printed: „…“ quotes, … as one sign, apart after a whole word", () => {
    const leaves = (o: unknown): string[] =>
      typeof o === "string" ? [o] : Object.values(o as object).flatMap((v) => leaves(v));
    const german = leaves(versionsStrings.de).map((text) => text.replace(/\{\{[^}]*\}\}/g, "0"));
    expect(german.filter((text) => /["”']|(^|[\s(])“|\.\.\./.test(text))).toEqual([]);
    expect(german.filter((text) => text.split("„").length !== text.split("“").length)).toEqual([]);
    expect(german.filter((text) => /\p{L}…/u.test(text))).toEqual([]);
  });
});

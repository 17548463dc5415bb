// @vitest-environment jsdom
// The share dialog shows the owner's four links and replaces one through the API.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ShareDialog } from "../../../src/features/share/ShareDialog";
import { STORED_MAPS_KEY, readStoredMaps } from "../../../src/sync/storedMaps";
import { renderWithI18n } from "../presence/renderWithI18n";
import { base, links } from "./links";

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    STORED_MAPS_KEY,
    JSON.stringify([
      { id: "other", title: "Other", role: "viewer", link: `${base}/m/other#token=x` },
      { id: "map1", title: "T", role: "owner", link: links.owner, links },
    ]),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(response: Response | (() => Promise<Response>)) {
  const fetchMock = vi.fn(async () => (typeof response === "function" ? response() : response));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("ShareDialog", () => {
  it("shows the owner the four stored links", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    expect(screen.getByTestId("share-link-owner")).toHaveValue(links.owner);
    expect(screen.getByTestId("share-link-edit")).toHaveValue(links.edit);
    expect(screen.getByTestId("share-link-comment")).toHaveValue(links.comment);
    expect(screen.getByTestId("share-link-view")).toHaveValue(links.view);
  });

  it("replaces the edit link after a confirmation, shows and stores the new one", async () => {
    const fetchMock = stubFetch(
      new Response(JSON.stringify({ link: `${base}/m/map1#token=ed2`, token: "ed2" }), { status: 200 }),
    );
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    expect(screen.getByText(/everyone using it is disconnected/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId("share-replace-edit"));
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId("share-confirm-replace-edit"));

    await waitFor(() => expect(screen.getByTestId("share-link-edit")).toHaveValue(`${base}/m/map1#token=ed2`));
    expect(fetchMock).toHaveBeenCalledWith(`${base}/api/maps/map1/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: "Bearer own" },
    });
    expect(screen.getByRole("status")).toHaveTextContent("People on the old link were disconnected.");
    const stored = readStoredMaps().find((m) => m.id === "map1");
    expect(stored?.links?.edit).toBe(`${base}/m/map1#token=ed2`);
    expect(stored?.link).toBe(links.owner);
    expect(readStoredMaps().find((m) => m.id === "other")?.link).toBe(`${base}/m/other#token=x`);
  });

  it("keeps the old link and says why when the server refuses", async () => {
    stubFetch(new Response(JSON.stringify({ error: "Only the owner may replace links." }), { status: 404 }));
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    await userEvent.click(screen.getByTestId("share-replace-view"));
    await userEvent.click(screen.getByTestId("share-confirm-replace-view"));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "The link could not be replaced: Only the owner may replace links.",
      ),
    );
    expect(screen.getByTestId("share-link-view")).toHaveValue(links.view);
    expect(readStoredMaps().find((m) => m.id === "map1")?.links?.view).toBe(links.view);
  });

  it("hands the owner's own new link to the app when the owner link is replaced", async () => {
    stubFetch(new Response(JSON.stringify({ link: `${base}/m/map1#token=own2`, token: "own2" }), { status: 200 }));
    const onOwn = vi.fn();
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} onOwnLinkReplaced={onOwn} />);
    await userEvent.click(screen.getByTestId("share-replace-owner"));
    await userEvent.click(screen.getByTestId("share-confirm-replace-owner"));
    await waitFor(() => expect(onOwn).toHaveBeenCalledWith(`${base}/m/map1#token=own2`, "own2"));
    expect(readStoredMaps().find((m) => m.id === "map1")?.link).toBe(`${base}/m/map1#token=own2`);
  });

  it("tells an owner on another browser that the links are unknown here", () => {
    localStorage.clear();
    renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />);
    expect(screen.getByText(/did not keep this map's other links/)).toBeInTheDocument();
    expect(screen.getByTestId("share-replace-edit")).toBeInTheDocument();
    // The owner link is this page's own: it can be copied even here.
    expect(screen.getByTestId("share-link-owner")).toHaveValue(window.location.href);
    expect(screen.queryByTestId("share-link-edit")).toBeNull();
  });

  it("shows others only this page's link and no way to replace links", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="ed1" role="editor" baseUrl={base} />);
    expect(screen.getByTestId("share-this-page")).toHaveValue(window.location.href);
    expect(screen.queryByTestId("share-link-edit")).toBeNull();
    expect(screen.queryByText("Replace link")).toBeNull();
  });
});

describe("ShareDialog in German", () => {
  it("says in German why a link was not replaced: refused, no server, an odd answer", async () => {
    // The sentence, and the server's English in it, marked lang="en" for a screen reader's voice.
    const cases: [Response | (() => Promise<Response>), string, string[]][] = [
      [
        new Response(JSON.stringify({ error: "Only the owner may replace links." }), { status: 404 }),
        "Der Link konnte nicht ersetzt werden: Der Server hat abgelehnt (HTTP 404) und sagt auf Englisch: „Only the owner may replace links.“",
        ["Only the owner may replace links."],
      ],
      [
        // The server's reason is shown, whatever it is: here not the owner's right but a server going down.
        new Response(JSON.stringify({ error: "The server is shutting down; try again in a minute." }), { status: 503 }),
        "Der Link konnte nicht ersetzt werden: Der Server hat abgelehnt (HTTP 503) und sagt auf Englisch: „The server is shutting down; try again in a minute.“",
        ["The server is shutting down; try again in a minute."],
      ],
      [
        () => Promise.reject(new TypeError("Failed to fetch")),
        "Der Link konnte nicht ersetzt werden: Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.",
        [],
      ],
      [
        new Response("[]", { status: 200 }),
        "Der Link konnte nicht ersetzt werden: Der Server hat eine Antwort geschickt, die diese App nicht versteht.",
        [],
      ],
    ];
    for (const [response, sentence, english] of cases) {
      stubFetch(response);
      const { unmount } = renderWithI18n(<ShareDialog mapId="map1" token="own" role="owner" baseUrl={base} />, "de");
      await userEvent.click(screen.getByTestId("share-replace-view"));
      await userEvent.click(screen.getByTestId("share-confirm-replace-view"));
      await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(sentence));
      expect([...screen.getByRole("alert").querySelectorAll('[lang="en"]')].map((e) => e.textContent)).toEqual(english);
      expect(screen.getByTestId("share-link-view")).toHaveValue(links.view);
      unmount();
    }
  });
});

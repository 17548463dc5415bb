// @vitest-environment jsdom
// Once this page's link no longer opens the map, the share dialog hands on no dead link and offers no replacement.
import { beforeEach, describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { ShareDialog } from "../../../src/features/share/ShareDialog";
import { STORED_MAPS_KEY } from "../../../src/sync/storedMaps";
import { renderWithI18n } from "../presence/renderWithI18n";
import { base, links } from "./links";

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    STORED_MAPS_KEY,
    JSON.stringify([{ id: "map1", title: "T", role: "owner", link: links.owner, links }]),
  );
});

describe("the share dialog of a page that lost its access", () => {
  it("tells a commenter that the link no longer opens the map instead of offering it to copy", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="old" role="commenter" baseUrl={base} lost />);
    expect(screen.queryByTestId("share-this-page")).toBeNull();
    expect(screen.queryByText(/same access as you/)).toBeNull();
    expect(screen.getByTestId("share-lost")).toHaveTextContent(
      "This page's link no longer opens the map, so there is no link here to hand on. Ask the map's owner for a new one.",
    );
  });

  it("says so in German to a viewer", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="old" role="viewer" baseUrl={base} lost />, "de");
    expect(screen.queryByTestId("share-this-page")).toBeNull();
    expect(screen.getByTestId("share-lost")).toHaveTextContent(
      "Der Link dieser Seite öffnet die Map nicht mehr; hier gibt es also keinen Link zum Weitergeben. Bitten Sie den Eigentümer der Map um einen neuen.",
    );
  });

  it("offers an owner whose own link was replaced elsewhere no Replace button that could only fail", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="old" role="owner" baseUrl={base} lost />);
    expect(screen.queryAllByRole("button", { name: /Replace link/ })).toEqual([]);
    expect(screen.queryByTestId("share-link-edit")).toBeNull();
    expect(screen.getByTestId("share-lost")).toBeInTheDocument();
  });

  it("still offers this page's link while the access holds, naming the access it gives", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="tok" role="commenter" baseUrl={base} />);
    expect(screen.getByTestId("share-this-page")).toBeInTheDocument();
    expect(screen.queryByTestId("share-lost")).toBeNull();
    expect(screen.getByTestId("share-this-role")).toHaveTextContent("Can comment");
  });

  it("names a view link's access in German", () => {
    renderWithI18n(<ShareDialog mapId="map1" token="tok" role="viewer" baseUrl={base} />, "de");
    expect(screen.getByText(/Alle mit diesem Link bekommen denselben Zugriff wie Sie:/)).toHaveTextContent(
      "Alle mit diesem Link bekommen denselben Zugriff wie Sie: Kann ansehen",
    );
  });
});

// @vitest-environment jsdom
// The list of maps in this browser keeps the strongest link it knows for a map: an owner who checks the map through
// its view link once must still find the owner's link on the start page, not a view-only entry.
import { listKnownMaps, rememberMap } from "../../src/app/knownMaps";

const owner = "http://x/m/a#token=owner";
const view = "http://x/m/a#token=view";
const edit = "http://x/m/a#token=edit";

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe("remembering a map opened with another link", () => {
  it("keeps the owner's link and role when the owner opens the view link, and takes the newer title", () => {
    rememberMap({ id: "a", title: "Größe „prüfen“", role: "owner", link: owner });
    rememberMap({ id: "a", title: "Größe prüfen, neu", role: "viewer", link: view });
    const [map, ...others] = listKnownMaps();
    expect(others).toEqual([]);
    expect(map).toMatchObject({ id: "a", title: "Größe prüfen, neu", role: "owner", link: owner });
  });

  it("takes a stronger link when one is opened later", () => {
    rememberMap({ id: "a", title: "Claim", role: "viewer", link: view });
    rememberMap({ id: "a", title: "Claim", role: "editor", link: edit });
    expect(listKnownMaps()[0]).toMatchObject({ role: "editor", link: edit });
    rememberMap({ id: "a", title: "Claim", role: "commenter", link: "http://x/m/a#token=comment" });
    expect(listKnownMaps()[0]).toMatchObject({ role: "editor", link: edit });
  });
});

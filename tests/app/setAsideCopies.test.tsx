// @vitest-environment jsdom
// A copy of a map set aside because the server's map is another document now (deleted and made again under the same
// id, or restored from another copy) is offered in the editor and on a page that cannot open the map, as a journey
// file that imports again; it leaves the browser only when the person removes it and confirms, saved or not.
import "fake-indexeddb/auto";
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { EditorPage } from "../../src/app/EditorPage";
import { SetAsideCopies } from "../../src/app/LocalCopyOffer";
import { blankJourney, createJourneyDoc } from "../../src/doc";
import { parseJourneyText } from "../../src/format";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore, MapStoreProvider } from "../../src/store";
import { readSetAside, setAside, setAsideName } from "../../src/sync/localCopy";
import type { HistoryChange, MapSession } from "../../src/sync/session";
import { keptJourney } from "../sync/localCopyFixture";

let saved: Blob[] = [];
const createObjectURL = URL.createObjectURL;
const revokeObjectURL = URL.revokeObjectURL;

beforeEach(async () => {
  initI18n("en");
  await i18n.changeLanguage("en");
  saved = [];
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return "blob:saved";
  };
  URL.revokeObjectURL = () => undefined;
});

afterEach(() => {
  cleanup();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

const keptUpdate = (): Uint8Array => Y.encodeStateAsUpdate(createJourneyDoc(keptJourney));

async function savedJourney(at: number) {
  const parsed = parseJourneyText(await saved[at]!.text());
  if (!parsed.ok) throw new Error(`not a valid journey file: ${JSON.stringify(parsed)}`);
  return parsed.file.journey;
}

/** The part of a session the editor's offer reads, with its history change told by the test. */
function fakeSession(mapId: string, initial: HistoryChange | null) {
  let change = initial;
  const listeners = new Set<(c: HistoryChange) => void>();
  const session = {
    mapId,
    historyChange: () => change,
    onHistoryChange(cb: (c: HistoryChange) => void) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  } as unknown as MapSession;
  return {
    session,
    tell(c: HistoryChange) {
      change = c;
      for (const cb of listeners) cb(c);
    },
  };
}

function renderOffer(session: MapSession, role: "editor" | "viewer" = "editor") {
  const doc = createJourneyDoc(blankJourney("Neue Karte", "de"));
  const store = createMapStore({ doc, role });
  render(
    <MapStoreProvider store={store}>
      <SetAsideCopies session={session} />
    </MapStoreProvider>,
  );
  return store;
}

describe("a copy set aside because the map was replaced on the server", () => {
  it("is offered in the editor, saved as a journey file, and removed after saving once the person confirms", async () => {
    await setAside("set-aside-map", keptUpdate());
    const user = userEvent.setup();
    const { session } = fakeSession("set-aside-map", "copySetAside");
    renderOffer(session);
    const offer = await screen.findByTestId("set-aside-copy");
    expect(offer).toHaveTextContent("This map was replaced on the server");
    expect(offer).toHaveTextContent("“Schadenmeldung ‘Kfz’” (1 card)");
    await user.click(screen.getByRole("button", { name: "Save this browser's copy (JSON)" }));
    const journey = await savedJourney(0);
    expect(journey.title).toBe("Schadenmeldung „Kfz“");
    expect(journey.cards.map((c) => c.title)).toEqual(["Ich melde den Schaden über 500 €"]);
    expect(await readSetAside("set-aside-map")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Remove this copy from this browser" }));
    const confirm = screen.getByTestId("set-aside-confirm");
    expect(confirm).toHaveTextContent(
      "Remove the copy of “Schadenmeldung ‘Kfz’” from this browser? You saved it as a journey file; that file stays as it is.",
    );
    // Asking removes nothing: the copy is still there until the person confirms.
    expect(await readSetAside("set-aside-map")).toHaveLength(1);
    await user.click(within(confirm).getByRole("button", { name: "Remove it" }));
    await vi.waitFor(() => expect(screen.queryByTestId("set-aside-copy")).toBeNull());
    expect(screen.getByRole("status")).toHaveTextContent("The copy was removed from this browser.");
    expect(await readSetAside("set-aside-map")).toEqual([]);
    // The last copy takes the map's set-aside database with it.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(setAsideName("set-aside-map"));
  });

  it("asks before letting go of a copy never saved, says what is lost, and keeps it unless confirmed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-20T12:30:00Z"));
    await setAside("set-aside-unsaved", keptUpdate());
    vi.setSystemTime(new Date("2026-12-01T12:45:00Z"));
    await setAside("set-aside-unsaved", keptUpdate());
    vi.useRealTimers();
    const user = userEvent.setup();
    renderOffer(fakeSession("set-aside-unsaved", "copySetAside").session);
    const [first, second] = await screen.findAllByTestId("set-aside-copy");
    // Two copies of one map tell apart by when they were set aside.
    expect(within(first!).getByTestId("set-aside-at")).toHaveTextContent(/^Set aside in this browser on Nov 20, 2026/);
    expect(within(second!).getByTestId("set-aside-at")).toHaveTextContent(/^Set aside in this browser on Dec 1, 2026/);
    await user.click(within(first!).getByRole("button", { name: "Remove this copy from this browser" }));
    const confirm = screen.getByTestId("set-aside-confirm");
    expect(confirm).toHaveTextContent(
      "Remove the copy of “Schadenmeldung ‘Kfz’” (1 card) from this browser without saving it? Nothing else holds it: " +
        "the map and any change the server did not get are then gone for good.",
    );
    // Keep is where the keyboard is: Enter keeps the copy, and the focus goes back to the button that asked.
    expect(within(confirm).getByRole("button", { name: "Keep it" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.queryByTestId("set-aside-confirm")).toBeNull();
    await vi.waitFor(() =>
      expect(within(first!).getByRole("button", { name: "Remove this copy from this browser" })).toHaveFocus(),
    );
    await user.click(within(first!).getByRole("button", { name: "Remove this copy from this browser" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("set-aside-confirm")).toBeNull();
    expect(await readSetAside("set-aside-unsaved")).toHaveLength(2);

    await user.click(within(first!).getByRole("button", { name: "Remove this copy from this browser" }));
    await user.click(screen.getByRole("button", { name: "Remove it" }));
    await vi.waitFor(() => expect(screen.getAllByTestId("set-aside-copy")).toHaveLength(1));
    // The other copy stays, and so does the database that holds it.
    expect(await readSetAside("set-aside-unsaved")).toHaveLength(1);
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(setAsideName("set-aside-unsaved"));
  });

  it("makes the page read-only and offers the earlier map when the page met the replaced map on reconnecting", async () => {
    const { session, tell } = fakeSession("replaced-live", null);
    const store = renderOffer(session);
    expect(screen.queryByTestId("map-replaced")).toBeNull();
    expect(store.getState().canEdit).toBe(true);
    await setAside("replaced-live", keptUpdate());
    act(() => tell("mapReplaced"));
    const notice = await screen.findByTestId("map-replaced");
    expect(notice).toHaveTextContent("while this page was away");
    expect(store.getState().canEdit).toBe(false);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Save this browser's copy (JSON)" }));
    expect((await savedJourney(0)).title).toBe("Schadenmeldung „Kfz“");
    expect(screen.getByRole("button", { name: "Open the server's map" })).toBeVisible();
  });

  it("tells a viewer what they see without speaking of their changes", async () => {
    const { session, tell } = fakeSession("replaced-viewer", null);
    renderOffer(session, "viewer");
    act(() => tell("mapReplaced"));
    const notice = await screen.findByTestId("map-replaced");
    expect(notice).toHaveTextContent("What you see is the earlier map");
    expect(notice).not.toHaveTextContent(/your changes|Save/);
    expect(screen.getByRole("button", { name: "Open the server's map" })).toBeVisible();
  });

  it("speaks German on a German page", async () => {
    await setAside("set-aside-de", keptUpdate());
    await i18n.changeLanguage("de");
    renderOffer(fakeSession("set-aside-de", "copySetAside").session);
    const offer = await screen.findByTestId("set-aside-copy");
    expect(offer).toHaveTextContent("Diese Map wurde auf dem Server ersetzt");
    expect(offer).toHaveTextContent("„Schadenmeldung ‚Kfz‘“ (1 Karte)");
    expect(within(offer).getByTestId("set-aside-at")).toHaveTextContent(/^In diesem Browser beiseitegelegt am \d/);
    await userEvent.setup().click(screen.getByRole("button", { name: "Diese Kopie aus dem Browser entfernen" }));
    expect(screen.getByTestId("set-aside-confirm")).toHaveTextContent(
      "Die Kopie von „Schadenmeldung ‚Kfz‘“ (1 Karte) ohne Speichern aus diesem Browser entfernen?",
    );
    expect(screen.getByRole("button", { name: "Behalten" })).toHaveFocus();
  });

  it("is offered on a page that cannot open the map too", async () => {
    await setAside("set-aside-gone", keptUpdate());
    render(<EditorPage mapId="set-aside-gone" token={null} />);
    expect(await screen.findByTestId("set-aside-copy")).toHaveTextContent("(1 card)");
    expect(screen.getByTestId("page-error")).toBeVisible();
  });
});

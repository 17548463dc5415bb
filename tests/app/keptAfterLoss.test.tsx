// @vitest-environment jsdom
// An editor's page that lost its access refuses every save; what the save would have written into a field is kept
// in this browser for that map (never in the document), and offered on the map's next page to copy or put back, on
// the start page to copy, in English and German, until it is put back or discarded. A viewer's or commenter's page
// keeps nothing and puts nothing back, and one map's texts never show on another.
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { keepRefusedTexts } from "../../src/app/keepRefused";
import { StartPage } from "../../src/app/StartPage";
import { blankJourney, loadJourney, readJourney, type Role } from "../../src/doc";
import { addCard, setJourneyFields, updateCard, updateStage } from "../../src/doc/ops";
import { KeptTexts } from "../../src/features/inspector/KeptTexts";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore, MapStoreProvider, type MapStore } from "../../src/store";
import { readKeptAfterLoss } from "../../src/sync/keptAfterLoss";

const TYPED = "Ich kündige „sofort“ – Grüße, 5 €";

beforeEach(async () => {
  initI18n("en");
  await i18n.changeLanguage("en");
  localStorage.clear();
});

afterEach(() => cleanup());

/** A map's document with one card, as a copy the test can open several pages of. */
function mapUpdate(): { update: Uint8Array; cardId: string; stageId: string } {
  const doc = new Y.Doc();
  const journey = blankJourney("Tarif wechseln", "de");
  loadJourney(doc, journey);
  const stage = journey.stages[0]!;
  const lane = journey.lanes.find((l) => l.kind === "touchpoints")!;
  const cardId = addCard(doc, { stageId: stage.id, laneId: lane.id, title: "Preistabelle" });
  return { update: Y.encodeStateAsUpdate(doc), cardId, stageId: stage.id };
}

/** A page of the map as EditorPage makes it: its store, with refused saves kept for `mapId`. */
function openPage(mapId: string, role: Role, update: Uint8Array): { doc: Y.Doc; store: MapStore } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const store = createMapStore({ doc, role, mapId, token: "t", onRefusedAfterLoss: keepRefusedTexts(mapId) });
  return { doc, store };
}

const save = (store: MapStore, op: (doc: Y.Doc) => void) =>
  act(() => void store.getState().actions.run((doc) => (op(doc), true)));

describe("a save refused because the page lost its access", () => {
  it("keeps the typed texts in this browser for the map, and leaves the document as it was", () => {
    const { update, cardId, stageId } = mapUpdate();
    const page = openPage("map-a", "editor", update);
    save(page.store, (doc) => updateCard(doc, cardId, { description: "saved while allowed" }));
    expect(readKeptAfterLoss("map-a")).toEqual([]);
    act(() => page.store.getState().actions.loseAccess());
    save(page.store, (doc) => updateCard(doc, cardId, { title: TYPED }));
    save(page.store, (doc) => updateStage(doc, stageId, { customerGoal: "Weniger zahlen" }));
    expect(page.store.getState().ui.errorMessage).toEqual({ code: "accessLost" });
    expect(readJourney(page.doc).cards[0]?.title).toBe("Preistabelle");
    const kept = readKeptAfterLoss("map-a");
    expect(kept).toMatchObject([
      { kept: { targetId: cardId, field: "title", text: TYPED }, recordName: "Preistabelle" },
      {
        kept: { targetId: stageId, field: "stage.customerGoal", text: "Weniger zahlen" },
        recordName: readJourney(page.doc).stages[0]?.name,
      },
    ]);
    expect(kept[0]?.mapTitle).toBe("Tarif wechseln");
    page.store.destroy();
  });

  it("keeps what was typed into the map's own fields, and puts it back on the next page", async () => {
    const user = userEvent.setup();
    const { update } = mapUpdate();
    const lost = openPage("map-a", "owner", update);
    act(() => lost.store.getState().actions.loseAccess());
    const scenario = "Frau Weiß will „sofort“ wechseln, ohne ihre Nummer zu verlieren.";
    save(lost.store, (doc) => setJourneyFields(doc, { scenario }));
    save(lost.store, (doc) => setJourneyFields(doc, { persona: { goals: ["Weniger zahlen", "Nummer behalten"] } }));
    expect(readJourney(lost.doc).scenario).toBeUndefined();
    lost.store.destroy();

    const next = openPage("map-a", "editor", update);
    render(
      <MapStoreProvider store={next.store}>
        <KeptTexts />
      </MapStoreProvider>,
    );
    const [first, second] = screen.getAllByTestId("kept-text");
    expect(first).toHaveTextContent(
      "what you typed into “Scenario: the situation the customer is in” of the map “Tarif wechseln”.",
    );
    expect(within(first!).getByRole("textbox")).toHaveValue(scenario);
    expect(second).toHaveTextContent("what you typed into “Persona: Goals” of the map “Tarif wechseln”.");
    expect(within(second!).getByRole("textbox")).toHaveValue("Weniger zahlen\nNummer behalten");
    await user.click(within(first!).getByRole("button", { name: "Put it back into the map" }));
    await user.click(screen.getByRole("button", { name: "Put it back into the map" }));
    expect(readJourney(next.doc).scenario).toBe(scenario);
    expect(readJourney(next.doc).persona?.goals).toEqual(["Weniger zahlen", "Nummer behalten"]);
    expect(readKeptAfterLoss("map-a")).toEqual([]);
    next.store.destroy();
  });

  it("keeps nothing on a viewer's or a commenter's page", () => {
    const { update, cardId } = mapUpdate();
    for (const role of ["viewer", "commenter"] as const) {
      const page = openPage("map-a", role, update);
      act(() => page.store.getState().actions.loseAccess());
      save(page.store, (doc) => updateCard(doc, cardId, { title: TYPED }));
      page.store.destroy();
    }
    expect(readKeptAfterLoss("map-a")).toEqual([]);
  });
});

describe("a text kept after a lost access", () => {
  function keepTitle(mapId: string) {
    const map = mapUpdate();
    const lost = openPage(mapId, "editor", map.update);
    act(() => lost.store.getState().actions.loseAccess());
    save(lost.store, (doc) => updateCard(doc, map.cardId, { title: TYPED }));
    lost.store.destroy();
    return map;
  }

  it("is offered on the map's next page and put back into its field there, then forgotten", async () => {
    const user = userEvent.setup();
    const map = keepTitle("map-a");
    const next = openPage("map-a", "editor", map.update);
    render(
      <MapStoreProvider store={next.store}>
        <KeptTexts />
      </MapStoreProvider>,
    );
    const notice = screen.getByTestId("kept-text");
    expect(notice).toHaveTextContent("Not saved, as the page had lost its access to the map (");
    expect(notice).toHaveTextContent("what you typed into “Title” of the card “Preistabelle”.");
    expect(within(notice).getByRole("textbox")).toHaveValue(TYPED);
    await user.click(within(notice).getByRole("button", { name: "Put it back into the map" }));
    expect(readJourney(next.doc).cards[0]?.title).toBe(TYPED);
    expect(readKeptAfterLoss("map-a")).toEqual([]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    next.store.destroy();
  });

  it("is deleted when discarded", async () => {
    const user = userEvent.setup();
    const map = keepTitle("map-a");
    const next = openPage("map-a", "editor", map.update);
    render(
      <MapStoreProvider store={next.store}>
        <KeptTexts />
      </MapStoreProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Discard what I typed" }));
    expect(readKeptAfterLoss("map-a")).toEqual([]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    expect(readJourney(next.doc).cards[0]?.title).toBe("Preistabelle");
    next.store.destroy();
  });

  it("is offered to a viewer's page to copy only, and never on another map's page", () => {
    const map = keepTitle("map-a");
    const viewer = openPage("map-a", "viewer", map.update);
    const other = openPage("map-b", "editor", map.update);
    render(
      <>
        <div data-testid="viewer">
          <MapStoreProvider store={viewer.store}>
            <KeptTexts />
          </MapStoreProvider>
        </div>
        <div data-testid="other">
          <MapStoreProvider store={other.store}>
            <KeptTexts />
          </MapStoreProvider>
        </div>
      </>,
    );
    const seen = within(screen.getByTestId("viewer")).getByTestId("kept-text");
    expect(within(seen).getByRole("button", { name: "Copy" })).toBeInTheDocument();
    expect(within(seen).queryByRole("button", { name: "Put it back into the map" })).toBeNull();
    expect(within(screen.getByTestId("other")).queryByTestId("kept-text")).toBeNull();
    expect(readJourney(viewer.doc).cards[0]?.title).toBe("Preistabelle");
    viewer.store.destroy();
    other.store.destroy();
  });

  it("is offered on the start page in German, to copy or discard", async () => {
    const user = userEvent.setup();
    keepTitle("map-a");
    await act(() => i18n.changeLanguage("de"));
    render(<StartPage />);
    const offer = await screen.findByTestId("kept-after-loss");
    expect(offer).toHaveTextContent("In diesem Browser aufbewahrter Text aus „Tarif wechseln“");
    expect(offer).toHaveTextContent("was Sie in „Titel“ der Karte „Preistabelle“ getippt haben.");
    expect(within(offer).getByRole("textbox")).toHaveValue(TYPED);
    await user.click(within(offer).getByRole("button", { name: "Meinen Text verwerfen" }));
    expect(screen.queryByTestId("kept-after-loss")).toBeNull();
    expect(readKeptAfterLoss("map-a")).toEqual([]);
  });
});

// @vitest-environment jsdom
// A hand-written German journey whose ids hold umlauts and other letters (stufe-prüfung, karte-ärger.2, gefühl-ß):
// the map draws its headers, cells, cards and path, and a card is selected by a click like any other.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as Y from "yjs";
import { loadComments, loadJourney } from "../../src/doc";
import { parseJourneyText } from "../../src/format";
import { initI18n } from "../../src/i18n";
import { createMapStore } from "../../src/store";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

const FILE = resolve(import.meta.dirname, "../fixtures/audit/valid/id-unicode.de.journey.json");

beforeAll(() => {
  stubBrowserApis();
});
afterEach(() => {
  cleanup();
});

describe("a map whose ids hold letters of any script", () => {
  it("draws its headers, cells, cards and path, and selects a card by a click", async () => {
    initI18n("de");
    const parsed = parseJourneyText(readFileSync(FILE, "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = new Y.Doc();
    loadJourney(doc, parsed.journey);
    const commentsDoc = new Y.Doc();
    loadComments(commentsDoc, parsed.journey.comments ?? []);
    const store = createMapStore({ doc, commentsDoc, role: "owner" });
    renderCanvas(store);
    const card = await screen.findByTestId("card-karte-ärger.2");
    expect(card).toHaveTextContent("Ich rufe an");
    expect(screen.getByTestId("card-gefühl-ß")).toHaveTextContent("Erleichtert");
    expect(screen.getByTestId("stage-stufe-prüfung")).toHaveTextContent("Start");
    expect(screen.getByTestId("lane-zeile:gefühl")).toHaveTextContent("Gefühl");
    expect(screen.getByTestId("cell-phase_ü1-zeile:gefühl")).toBeInTheDocument();
    expect(document.querySelector(`.react-flow__node[data-id="${CSS.escape("karte-ärger.2")}"]`)).not.toBeNull();
    expect(document.querySelector(`.react-flow__edge[data-id="${CSS.escape("weg-é1")}"]`)).not.toBeNull();
    fireEvent.click(card);
    expect(store.getState().ui.selection.cards).toEqual(["karte-ärger.2"]);
  });
});

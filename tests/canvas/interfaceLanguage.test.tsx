// @vitest-environment jsdom
// The map's content is read in the map's language (lang on React Flow's viewport); the interface's words drawn
// inside it (a header's buttons and its delete question, a lane's kind, the missing-goal hint, the comment badges,
// the cells' "+", the name field's label) say they are in the interface's language, so a screen reader reads an
// English button on a German map in English, and the other way round.
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import * as Y from "yjs";
import { blankJourney, loadComments, loadJourney } from "../../src/doc";
import { addCard } from "../../src/doc/ops";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore } from "../../src/store";
import { stubBrowserApis } from "../features/helpers";
import { comment } from "../features/comments/fixtures";
import { waitFitted } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

/** A map in the language `map` (any tag: a French map keeps its French names) with a card and two open threads. */
async function renderMap(map: string, ui: "en" | "de") {
  initI18n(ui);
  await i18n.changeLanguage(ui);
  const doc = new Y.Doc();
  const journey = {
    ...blankJourney(map === "de" ? "Handytarif" : "Phone plan", map === "de" ? "de" : "en"),
    language: map,
  };
  loadJourney(doc, journey);
  const stage = journey.stages[0]!;
  const lane = journey.lanes.find((l) => l.kind === "touchpoints")!;
  const cardId = addCard(doc, { stageId: stage.id, laneId: lane.id, title: "Größe „über“ €" });
  const commentsDoc = new Y.Doc();
  loadComments(commentsDoc, [
    comment("c1", { anchor: { kind: "card", id: cardId } }),
    comment("c2", { anchor: { kind: "stage", id: stage.id } }),
  ]);
  const store = createMapStore({ doc, commentsDoc, role: "owner" });
  renderCanvas(store);
  await waitFitted();
  await waitFor(() => expect(screen.getAllByTestId("card-comments")).toHaveLength(2));
  return { store, stage, lane };
}

const langOf = (el: Element) => el.closest("[lang]")?.getAttribute("lang");
const header = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

/** Every interface word inside the map: each must be in `ui`; the names around them stay in `map`. */
function expectLanguages(stageId: string, laneId: string, map: string, ui: string) {
  const stage = header(`stage:${stageId}`);
  const lane = header(`lane:${laneId}`);
  expect(langOf(stage.querySelector(".stage-name")!)).toBe(map);
  expect(langOf(lane.querySelector(".lane-name")!)).toBe(map);
  const words = [
    ...stage.querySelectorAll(".header-controls button"),
    ...lane.querySelectorAll(".header-controls button"),
    stage.querySelector(".stage-goal.missing")!,
    lane.querySelector(".lane-kind")!,
    ...screen.getAllByTestId("card-comments"),
    ...document.querySelectorAll(".cell-add"),
  ];
  expect(words.length).toBeGreaterThan(10);
  for (const el of words) expect([el.outerHTML.slice(0, 80), langOf(el)]).toEqual([el.outerHTML.slice(0, 80), ui]);
}

describe("the interface's words on the map", () => {
  it("are read in English on a German map in an English interface", async () => {
    const { store, stage, lane } = await renderMap("de", "en");
    expectLanguages(stage.id, lane.id, "de", "en");

    // The name field's label is the interface's; what is typed into it is the map's.
    header(`stage:${stage.id}`).focus();
    fireEvent.keyDown(header(`stage:${stage.id}`), { key: "F2" });
    const input = await screen.findByRole("textbox", { name: "Name of the stage" });
    expect(langOf(input)).toBe("de");
    expect(langOf(document.getElementById(input.getAttribute("aria-labelledby")!)!)).toBe("en");
    fireEvent.keyDown(input, { key: "Escape" });

    // The delete question of a stage that holds cards.
    fireEvent.click(screen.getByRole("button", { name: `Delete stage “${stage.name}”` }));
    expect(langOf(screen.getByRole("alertdialog"))).toBe("en");
    store.destroy();
  });

  it("are read in German on an English map in a German interface", async () => {
    const { store, stage, lane } = await renderMap("en", "de");
    expectLanguages(stage.id, lane.id, "en", "de");
    expect(screen.getAllByTestId("card-comments")[0]).toHaveAccessibleName(/offener Kommentar/);
    store.destroy();
  });

  it("follow a switch of the interface language on a map in a third language", async () => {
    const { store, stage, lane } = await renderMap("fr", "en");
    expectLanguages(stage.id, lane.id, "fr", "en");
    await act(() => i18n.changeLanguage("de"));
    await waitFor(() => expectLanguages(stage.id, lane.id, "fr", "de"));
    store.destroy();
  });
});

// @vitest-environment jsdom
// In a workshop one colleague's interface may speak English while the map is German: what they add is the map's
// content, so it starts with the map's words ("Phase 4", "Was mich stört", "Neue Karte"), whatever button, key or
// "+" added it, and never with the interface's. A new stage's number is one no stage has yet.
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReactFlowProvider } from "@xyflow/react";
import * as Y from "yjs";
import { Canvas } from "../../src/canvas";
import { blankJourney, loadJourney, readJourney } from "../../src/doc";
import { deleteStage } from "../../src/doc/ops";
import { Toolbar } from "../../src/features/toolbar";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore } from "../../src/store";
import { renderWithStore, stubBrowserApis } from "./helpers";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

async function mapIn(language: string, interfaceLanguage: "en" | "de") {
  initI18n("en");
  await act(() => i18n.changeLanguage(interfaceLanguage));
  const doc = new Y.Doc();
  const journey = { ...blankJourney("Kfz-Schaden", language === "de" ? "de" : "en"), language };
  loadJourney(doc, journey);
  const store = createMapStore({ doc, role: "editor" });
  const firstCell = { stageId: journey.stages[0]!.id, laneId: journey.lanes[0]!.id };
  return { store, journey, firstCell, read: () => readJourney(doc) };
}

describe("what a person adds to a map in the other language", () => {
  it("is worded in the map's German when added from an English interface's toolbar", async () => {
    const user = userEvent.setup();
    const map = await mapIn("de", "en");
    renderWithStore(map.store, <Toolbar />);
    await user.click(screen.getByRole("button", { name: "Add stage" }));
    await user.selectOptions(screen.getByLabelText("Add lane…"), "painPoints");
    act(() => map.store.getState().actions.setActiveCell(map.firstCell));
    await user.click(screen.getByRole("button", { name: "Add card" }));
    const journey = map.read();
    expect(journey.stages.at(-1)?.name).toBe("Phase 4");
    // The blank map has a "Was mich stört" lane already: the new one takes the next number.
    expect(journey.lanes.at(-2)?.name).toBe("Was mich stört 2");
    expect(journey.cards.map((c) => c.title)).toEqual(["Neue Karte"]);
    map.store.destroy();
  });

  it("is worded in the map's English when added from a German interface, by N and by a cell's +", async () => {
    const map = await mapIn("en", "de");
    renderWithStore(
      map.store,
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>,
    );
    act(() => map.store.getState().actions.setActiveCell(map.firstCell));
    fireEvent.keyDown(document.body, { key: "n" });
    fireEvent.keyDown(await screen.findByLabelText("Titel"), { key: "Escape" });
    await waitFor(() => expect(screen.queryByLabelText("Titel")).toBeNull());
    const second = `cell-${map.journey.stages[1]!.id}-${map.firstCell.laneId}`;
    fireEvent.click(within(await screen.findByTestId(second)).getByRole("button"));
    expect(map.read().cards.map((c) => c.title)).toEqual(["New card", "New card"]);
    map.store.destroy();
  });

  it("is worded in the interface's language on a map in a language it has no words for", async () => {
    const user = userEvent.setup();
    const map = await mapIn("fr", "de");
    renderWithStore(map.store, <Toolbar />);
    await user.click(screen.getByRole("button", { name: "Phase hinzufügen" }));
    expect(map.read().stages.at(-1)?.name).toBe("Phase 4");
    map.store.destroy();
  });
});

describe("a stage added from the toolbar", () => {
  it("takes the next number no stage has, so a deleted stage's gap makes no second Phase 3", async () => {
    const user = userEvent.setup();
    const map = await mapIn("de", "de");
    act(() => map.store.getState().actions.run((d) => deleteStage(d, map.journey.stages[1]!.id)));
    renderWithStore(map.store, <Toolbar />);
    await user.click(screen.getByRole("button", { name: "Phase hinzufügen" }));
    await user.click(screen.getByRole("button", { name: "Phase hinzufügen" }));
    expect(map.read().stages.map((s) => s.name)).toEqual(["Phase 1", "Phase 3", "Phase 4", "Phase 5"]);
    map.store.destroy();
  });
});

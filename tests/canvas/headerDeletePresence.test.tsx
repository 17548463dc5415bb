// @vitest-environment jsdom
// A stage or lane deleted with its header's ✕, without being selected first: it is my selection, in my presence,
// by the time its delete reaches the document (and the wire), so a colleague typing in it is told it was me; once
// it is gone it leaves my selection and my presence.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Awareness } from "y-protocols/awareness";
import { makeMap, stubBrowserApis, type TestMap } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(() => {
  cleanup();
});

function canvasWithPresence(map: TestMap): Awareness {
  const awareness = new Awareness(map.doc);
  renderCanvas(map.store, undefined, { awareness });
  return awareness;
}

/** What my presence said about my selected stages and lanes as each change of the document went out. */
function headersAsChangesGoOut(map: TestMap, awareness: Awareness): unknown[] {
  const seen: unknown[] = [];
  map.doc.on("update", () => seen.push(awareness.getLocalState()?.["headers"]));
  return seen;
}

describe("deleting a stage or lane with its ✕", () => {
  it("has the lane in my presence as its delete goes out, and neither selected nor published once it is gone", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const lane = map.journey.lanes.find((l) => l.kind === "thoughts")!;
    const awareness = canvasWithPresence(map);
    const seen = headersAsChangesGoOut(map, awareness);

    await user.click(await screen.findByRole("button", { name: `Delete lane “${lane.name}”` }));

    expect(map.read().lanes.some((l) => l.id === lane.id)).toBe(false);
    expect(seen).toEqual([[lane.id]]);
    expect(map.store.getState().ui.selection.lanes).toEqual([]);
    expect(awareness.getLocalState()?.["headers"]).toEqual([]);
    awareness.destroy();
    map.store.destroy();
  });

  it("has a stage that holds cards in my presence as the delete I confirm goes out", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const stage = map.journey.stages[0]!;
    const awareness = canvasWithPresence(map);
    const seen = headersAsChangesGoOut(map, awareness);
    // Something else selected meanwhile: the ✕'s own header is what goes out.
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));

    await user.click(await screen.findByRole("button", { name: `Delete stage “${stage.name}”` }));
    const question = await screen.findByRole("alertdialog");
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    await user.click(within(question).getByRole("button", { name: "Delete" }));

    expect(map.read().stages.some((s) => s.id === stage.id)).toBe(false);
    expect(seen).toEqual([[stage.id]]);
    expect(map.store.getState().ui.selection.stages).toEqual([]);
    expect(awareness.getLocalState()?.["headers"]).toEqual([]);
    awareness.destroy();
    map.store.destroy();
  });
});

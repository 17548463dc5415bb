// @vitest-environment jsdom
// The map is a handful of Tab stops, not one per card, header, path and cell: one card (the selected one, else
// the first), one stage and one lane header with their buttons, one path and the active cell's "+"; the arrow
// keys move between the others, and far away the card that is the Tab stop stays a node so Tab still finds it.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { createRoot, type Root } from "react-dom/client";
import { ReactFlowProvider, useReactFlow, type Viewport } from "@xyflow/react";
import * as Y from "yjs";
import { Canvas } from "../../src/canvas";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import { loadJourney, type Journey } from "../../src/doc";
import { initI18n } from "../../src/i18n";
import { createMapStore, MapStoreProvider, type MapState, type MapStore } from "../../src/store";
import { getTemplate } from "../../src/templates";
import { stubBrowserApis } from "../features/helpers";
import { viewFrom, waitFitted, ZoomControl, zoomTo } from "./zoom";
import { LANE_HEADER_W, STAGE_W } from "../../src/canvas/layout";

// The template's map, with more than 30 cards, is drawn once for the file (drawing it took about half a second of
// CPU each time): each test begins as on a freshly opened page, with the store's interface state as it was then
// (nothing selected, no active cell) and the view the canvas fitted, and no focus on the map. Drawn outside Testing
// Library's render, whose clean-up after each test would take it off the page.
let store: MapStore;
let journey: Journey;
let root: Root;
let freshUi: MapState["ui"];
let fittedView: [x: number, y: number, zoom: number];

beforeAll(async () => {
  stubBrowserApis();
  initI18n("en");
  journey = getTemplate("motor-claim", "en") as Journey;
  const doc = new Y.Doc();
  loadJourney(doc, journey);
  store = createMapStore({ doc, role: "owner" });
  root = createRoot(document.body.appendChild(document.createElement("div")));
  act(() =>
    root.render(
      <MapStoreProvider store={store}>
        <ReactFlowProvider>
          <Canvas />
          <ZoomControl />
          <ViewReader />
        </ReactFlowProvider>
      </MapStoreProvider>,
    ),
  );
  await waitFitted();
  freshUi = store.getState().ui;
  fittedView = viewNow();
});

beforeEach(() => {
  (document.activeElement as HTMLElement | null)?.blur();
  act(() => store.setState({ ui: freshUi }));
  // Setting the view also ends a move the arrow keys of the test before set off.
  viewFrom(...fittedView);
});

afterAll(() => {
  act(() => root.unmount());
  store.destroy();
});

let readView: () => Viewport = () => {
  throw new Error("ViewReader is not rendered.");
};

/** Reads the canvas's view (its translation and zoom), to set it back for the next test. */
function ViewReader() {
  readView = useReactFlow().getViewport;
  return null;
}

/** The view as `viewFrom` takes it: its left and top in map coordinates, and its zoom. */
function viewNow(): [number, number, number] {
  const { x, y, zoom } = readView();
  return [-x / zoom, -y / zoom, zoom];
}

/** What Tab stops at inside the map, in document order. */
function tabStops(): Element[] {
  const map = document.querySelector(".react-flow")!;
  return [...map.querySelectorAll("*")].filter((el) => {
    if ((el as HTMLButtonElement).disabled) return false;
    const attr = el.getAttribute("tabindex");
    if (attr !== null) return Number(attr) >= 0;
    return (
      ["BUTTON", "INPUT", "SELECT", "TEXTAREA"].includes(el.tagName) || (el.tagName === "A" && el.hasAttribute("href"))
    );
  });
}

const idsOf = (stops: Element[], selector: string) =>
  stops.filter((el) => el.matches(selector)).map((el) => (el as HTMLElement).dataset["id"]);
const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const edge = (id: string) => document.querySelector<SVGElement>(`.react-flow__edge[data-id="${id}"]`)!;

describe("the map's Tab stops", () => {
  it("are one card, one header of each kind, one path and the active cell's +, however many cards there are", async () => {
    const [stage1, stage2] = journey.stages;
    const [lane1] = journey.lanes;
    await waitFor(() => expect(idsOf(tabStops(), ".react-flow__edge")).toHaveLength(1));
    let stops = tabStops();
    expect(journey.cards.length).toBeGreaterThan(30);
    expect(stops.length).toBeLessThanOrEqual(12);
    // With nothing selected: the first card in reading order, the first stage and lane, the first path, no "+".
    const first = journey.cards.find((c) => c.stageId === stage1!.id && c.laneId === lane1!.id)!;
    expect(idsOf(stops, ".react-flow__node-card")).toEqual([first.id]);
    expect(idsOf(stops, ".react-flow__node-stageHeader")).toEqual([`stage:${stage1!.id}`]);
    expect(idsOf(stops, ".react-flow__node-laneHeader")).toEqual([`lane:${lane1!.id}`]);
    expect(idsOf(stops, ".react-flow__edge")).toEqual([journey.connections[0]!.id]);
    expect(stops.filter((el) => el.matches(".cell-add"))).toHaveLength(0);

    // A selected card is the one card stop, and the cell it marks offers its "+".
    const other = journey.cards.find((c) => c.stageId === stage2!.id)!;
    act(() => {
      store.getState().actions.select({ cards: [other.id] });
      store.getState().actions.setActiveCell({ stageId: other.stageId, laneId: other.laneId });
    });
    await waitFor(() => expect(idsOf(tabStops(), ".react-flow__node-card")).toEqual([other.id]));
    stops = tabStops();
    const adds = stops.filter((el) => el.matches(".cell-add"));
    expect(adds).toHaveLength(1);
    expect(adds[0]!.closest(`[data-testid="cell-${other.stageId}-${other.laneId}"]`)).not.toBeNull();
    // The headers of the active cell are the header stops, with their buttons.
    expect(idsOf(stops, ".react-flow__node-stageHeader")).toEqual([`stage:${other.stageId}`]);
    expect(stops.filter((el) => el.closest(".stage-header") && el.tagName === "BUTTON").length).toBeGreaterThan(0);
    expect(stops.filter((el) => el.closest(`[data-id="stage:${stage1!.id}"]`))).toHaveLength(0);
  });

  it("move with the arrow keys along the stage headers, the lane headers and the paths", async () => {
    const [stage1, stage2] = journey.stages;
    const [lane1, lane2] = journey.lanes;
    const [path1, path2] = journey.connections;

    node(`stage:${stage1!.id}`).focus();
    fireEvent.keyDown(node(`stage:${stage1!.id}`), { key: "ArrowRight" });
    expect(store.getState().ui.selection.stages).toEqual([stage2!.id]);
    await waitFor(() => expect(node(`stage:${stage2!.id}`)).toHaveFocus());
    expect(store.getState().ui.activeCell).toEqual({ stageId: stage2!.id, laneId: lane1!.id });
    await waitFor(() => expect(node(`stage:${stage2!.id}`)).toHaveAttribute("tabindex", "0"));

    viewFrom(0, 0, 1);
    await waitFor(() => expect(node(`lane:${lane1!.id}`)).toHaveAttribute("tabindex", "0"));
    node(`lane:${lane1!.id}`).focus();
    fireEvent.keyDown(node(`lane:${lane1!.id}`), { key: "ArrowDown" });
    expect(store.getState().ui.selection.lanes).toEqual([lane2!.id]);
    await waitFor(() => expect(node(`lane:${lane2!.id}`)).toHaveFocus());
    // The active cell is now stage 2 × lane 2: its "+" is the one to Tab to.
    expect(store.getState().ui.activeCell).toEqual({ stageId: stage2!.id, laneId: lane2!.id });
    await waitFor(() =>
      expect(screen.getByTestId(`cell-${stage2!.id}-${lane2!.id}`).querySelector(".cell-add")).toHaveAttribute(
        "tabindex",
        "0",
      ),
    );

    // The arrows centre the map on what they picked, over 250 ms: a path focused during that move could scroll out
    // of view and out of the DOM before the key reached it. Setting the view ends the move.
    viewFrom(0, 0, 1);
    // Looked up each time: React Flow draws only what is in view.
    await waitFor(() => {
      edge(path1!.id).focus();
      expect(edge(path1!.id)).toHaveFocus();
    });
    fireEvent.keyDown(edge(path1!.id), { key: "ArrowRight" });
    expect(store.getState().ui.selection.connections).toEqual([path2!.id]);
    await waitFor(() => expect(edge(path2!.id)).toHaveFocus());
  });

  it("are in view: with the first stage and lane scrolled away, a card and headers that are drawn", async () => {
    const [stage1, , stage3] = journey.stages;
    // Near by, from the third stage on and below the stage headers: stage 1 and the lane headers are out of view.
    viewFrom(LANE_HEADER_W + 2 * STAGE_W, 200, 1);
    await waitFor(() => expect(idsOf(tabStops(), ".react-flow__node-stageHeader")).toEqual([]));
    const cards = idsOf(tabStops(), ".react-flow__node-card");
    expect(cards).toHaveLength(1);
    const card = journey.cards.find((c) => c.id === cards[0])!;
    expect(card.stageId).not.toBe(stage1!.id);
    expect(card.stageId).toBe(stage3!.id);
    // The arrows go on from the focused card, not from a selection elsewhere.
    node(card.id).focus();
    fireEvent.keyDown(node(card.id), { key: "ArrowDown" });
    const next = store.getState().ui.selection.cards[0]!;
    expect(journey.cards.find((c) => c.id === next)?.stageId).toBe(stage3!.id);
  });

  it("keep the card that is the Tab stop a node far away, where the other cards are sketches out of the Tab order", async () => {
    zoomTo(DETAIL_ZOOM / 2);
    const [stage1] = journey.stages;
    const [lane1] = journey.lanes;
    const first = journey.cards.find((c) => c.stageId === stage1!.id && c.laneId === lane1!.id)!;
    await waitFor(() => expect(document.querySelectorAll(".card-node.drawn").length).toBeGreaterThan(10));
    expect(node(first.id)).toHaveAttribute("tabindex", "0");
    expect(idsOf(tabStops(), ".react-flow__node-card")).toEqual([first.id]);
    expect([...document.querySelectorAll(".card-node.drawn")].every((el) => el.getAttribute("tabindex") === "-1")).toBe(
      true,
    );
  });
});

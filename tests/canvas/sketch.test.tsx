// @vitest-environment jsdom
// Zoomed far out, cards are drawn as sketches (cheap to paint, text unreadable anyway) that keep the
// title as their name and the marks that matter at a glance; zooming in brings the full card back.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { addCard, connect } from "../../src/doc/ops";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

describe("cards far away", () => {
  it("turn into sketches below the detail zoom, with title and marks kept, and back when zoomed in", async () => {
    const map = makeMap("owner", "I activate the SIM in the app", {
      momentOfTruth: { reason: "First use" },
      measurement: { metric: "CSAT", target: 4.5 },
    });
    const [stage] = map.journey.stages;
    const lane = map.journey.lanes.find((l) => l.kind === "touchpoints");
    if (!stage || !lane) throw new Error("blank journey changed shape");
    const next = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "I top up" });
    const aside = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "I read the leaflet" });
    connect(map.doc, map.cardId, next);
    renderCanvas(map.store, <ZoomControl />);
    await screen.findByText("I activate the SIM in the app");
    // Looked up each time: React Flow may mount a node's element anew while it settles.
    const card = () => screen.getByTestId(`card-${map.cardId}`);

    await waitFitted();
    zoomTo(DETAIL_ZOOM / 2);
    await waitFor(() => expect(card()).toHaveClass("sketch"));
    const sketch = card();
    expect(sketch).toHaveAccessibleName("I activate the SIM in the app");
    expect(sketch).toHaveAttribute("title", "I activate the SIM in the app");
    // Marks are dots drawn as background layers, one per mark, beside the title bars.
    expect(sketch).toHaveAttribute("data-marks", "mot measured");
    expect(sketch.style.backgroundImage.match(/radial-gradient/g)).toHaveLength(2);
    expect(sketch.style.backgroundImage).toContain("var(--mot)");
    expect(sketch.style.backgroundImage).not.toContain("var(--signature)");
    expect(sketch.children).toHaveLength(2); // the two path anchors, nothing else
    expect(screen.queryAllByTestId("card-view")).toHaveLength(0);
    // No handles to connect with, but anchors where paths start and end (on cards on a path only).
    expect(card().querySelector(".react-flow__handle")).toBeNull();
    expect(card().querySelector(".card-anchor.source")).not.toBeNull();
    expect(card().querySelector(".card-anchor.target")).not.toBeNull();
    expect(screen.getByTestId(`card-${aside}`).querySelector(".card-anchor")).toBeNull();
    // A card on a path is a node; one on none is drawn by its cell, not handed to React Flow at all.
    expect(card().closest(".react-flow__node-card")).not.toBeNull();
    const drawn = screen.getByTestId(`card-${aside}`);
    expect(drawn.closest(".react-flow__node-card")).toBeNull();
    expect(drawn.closest(".react-flow__node-cell")).not.toBeNull();
    expect(drawn).toHaveAccessibleName("I read the leaflet");
    // A tap (no hover before it, as on a touch screen) selects it, and selected it is a node.
    fireEvent.click(drawn);
    expect(map.store.getState().ui.selection.cards).toEqual([aside]);
    await waitFor(() => expect(screen.getByTestId(`card-${aside}`).closest(".react-flow__node-card")).not.toBeNull());
    expect(screen.getByTestId(`card-${aside}`)).toHaveClass("selected");
    await waitFor(() => expect(screen.getAllByTestId(`card-${aside}`)).toHaveLength(1));
    // From the keyboard: a drawn card is not a Tab stop (the map is one, canvas/tabStops.ts), and Enter on it
    // (focused by a screen reader's cursor) selects it.
    const third = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "I keep the receipt" });
    const byKeys = await screen.findByTestId(`card-${third}`);
    expect(byKeys.closest(".react-flow__node-cell")).not.toBeNull();
    expect(byKeys).toHaveAttribute("tabindex", "-1");
    fireEvent.keyDown(byKeys, { key: "Enter" });
    expect(map.store.getState().ui.selection.cards).toEqual([third]);
    await waitFor(() => expect(screen.getByTestId(`card-${third}`).closest(".react-flow__node-card")).not.toBeNull());

    zoomTo(1);
    expect(await within(card()).findByTestId("card-view")).toHaveTextContent("I activate the SIM in the app");
    expect(document.querySelectorAll(".card-node.sketch")).toHaveLength(0);
    expect(card()).not.toHaveAttribute("data-marks");
    expect(card().style.backgroundImage).toBe("");
    expect(card().querySelectorAll(".react-flow__handle.connectable")).toHaveLength(2);
    expect(card().querySelector(".card-anchor")).toBeNull();
    map.store.destroy();
  });
});

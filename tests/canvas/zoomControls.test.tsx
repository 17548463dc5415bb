// @vitest-environment jsdom
// Zoomed far out the lane rail runs down the canvas's left edge; the zoom buttons, at the bottom left, then stand
// beside it instead of covering the names of the lowest lanes, and go back to the edge when it leaves.
import { waitFor } from "@testing-library/react";
import { RAIL_LEFT_W, RAIL_ZOOM } from "../../src/canvas/HeaderRails";
import { besideLaneRail } from "../../src/canvas/ZoomControls";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

const controls = () => document.querySelector<HTMLElement>(".react-flow__controls")!;

describe("the zoom buttons", () => {
  it("stand beside the lane rail while it shows and at the edge when it does not", async () => {
    const map = makeMap("editor");
    renderCanvas(map.store, <ZoomControl />);
    await waitFitted();
    zoomTo(1);
    await waitFor(() => expect(document.querySelector("[data-testid=rail-lanes]")).toBeNull());
    expect(controls().style.left).toBe("");
    zoomTo(RAIL_ZOOM / 2);
    await waitFor(() => expect(document.querySelector("[data-testid=rail-lanes]")).not.toBeNull());
    expect(controls().style.left).toBe(`${RAIL_LEFT_W}px`);
    zoomTo(1);
    await waitFor(() => expect(controls().style.left).toBe(""));
    map.store.destroy();
  });

  it("are kept clear of when a fit zooms out so far that the rail shows: the map leaves room where they will stand", () => {
    expect(besideLaneRail({ x: 15, y: 700, width: 32, height: 90 })).toEqual({
      x: 15 + RAIL_LEFT_W,
      y: 700,
      width: 32,
      height: 90,
    });
    // Already beside the rail, or anywhere else (the legend at the right), a box stays where it is.
    expect(besideLaneRail({ x: 143, y: 700, width: 32, height: 90 }).x).toBe(143);
    expect(besideLaneRail({ x: 600, y: 760, width: 300, height: 30 }).x).toBe(600);
  });
});

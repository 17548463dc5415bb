// @vitest-environment jsdom
// Zoomed far out the stage and lane headers shrink to specks, and scrolled far down or right they leave the view:
// rails along the canvas's top and left edge then name every stage column and lane row in sight, readable, each
// name over its column or row; close up with the headers in view there are none.
import { screen, waitFor, within } from "@testing-library/react";
import { RAIL_LEFT_W, RAIL_ZOOM, railLines } from "../../src/canvas/HeaderRails";
import { LANE_HEADER_W, STAGE_W } from "../../src/canvas/layout";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { viewFrom, waitFitted, ZoomControl, zoomTo } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

async function renderMap() {
  const map = makeMap("editor");
  renderCanvas(map.store, <ZoomControl />);
  await waitFitted();
  return map;
}

describe("the header rails", () => {
  it("name every stage and lane, over its column and row, when the map is zoomed far out", async () => {
    const map = await renderMap();
    const { stages, lanes } = map.store.getState().journey;
    const zoom = RAIL_ZOOM / 2;
    zoomTo(zoom);
    const top = await screen.findByTestId("rail-stages");
    expect([...top.children].map((c) => c.textContent)).toEqual(stages.map((s) => s.name));
    const left = screen.getByTestId("rail-lanes");
    expect([...left.children].map((c) => c.textContent)).toEqual(lanes.map((l) => l.name));
    // The second stage's name starts where its column does on screen (the view starts at the map's corner).
    const second = top.children[1] as HTMLElement;
    expect(second.style.transform).toBe(`translateX(${LANE_HEADER_W * zoom + STAGE_W * zoom - RAIL_LEFT_W}px)`);
    expect(second.style.width).toBe(`${STAGE_W * zoom}px`);
    map.store.destroy();
  });

  it("wrap a long lane name onto the lines its row has room for, before cutting it", async () => {
    expect([12, 20, 34, 35, 50, 80, 400].map(railLines)).toEqual([1, 1, 1, 2, 3, 3, 3]);
    const map = await renderMap();
    zoomTo(RAIL_ZOOM / 2);
    const rows = [...(await screen.findByTestId("rail-lanes")).children] as HTMLElement[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = row.querySelector<HTMLElement>(".rail-text");
      expect(text?.style.webkitLineClamp).toBe(String(railLines(parseFloat(row.style.height))));
    }
    // At this zoom a lane's row has room for more than one line of its name.
    expect(rows.some((row) => Number(row.querySelector<HTMLElement>(".rail-text")?.style.webkitLineClamp) > 1)).toBe(
      true,
    );
    map.store.destroy();
  });

  it("are not there close up with the headers in view, and the stage rail comes back when they scroll away", async () => {
    const map = await renderMap();
    zoomTo(1);
    await waitFor(() => expect(screen.queryByTestId("header-rails")).toBeNull());
    viewFrom(0, 600, 1);
    const top = await screen.findByTestId("rail-stages");
    expect(within(top).getByText(map.store.getState().journey.stages[0]!.name)).toBeInTheDocument();
    expect(screen.queryByTestId("rail-lanes")).toBeNull();
    map.store.destroy();
  });
});

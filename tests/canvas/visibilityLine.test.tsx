// @vitest-environment jsdom
// The line of visibility: a dashed line across the whole map where a backstage lane ("Behind the scenes") meets a lane
// the customer sees, named in the interface's language, taking no pointer, hidden from screen readers, and following
// the lanes as they are added, moved, deleted or change kind, also by a colleague; zoomed out, the lane rail carries it.
import { act, screen, waitFor, within } from "@testing-library/react";
import type * as Y from "yjs";
import { RAIL_ZOOM } from "../../src/canvas/HeaderRails";
import { computeGrid, LANE_HEADER_W, STAGE_W } from "../../src/canvas/layout";
import { VISIBILITY_LABEL_H } from "../../src/canvas/visibilityLine";
import { readJourney } from "../../src/doc";
import { addLane, deleteLane, moveLane, updateLane } from "../../src/doc/ops";
import { i18n } from "../../src/i18n";
import { makeMap, peerOf, stubBrowserApis, type TestMap } from "../features/helpers";
import { viewFrom, waitFitted, ZoomControl, zoomTo } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  await i18n.changeLanguage("en");
});

async function renderMap(): Promise<TestMap> {
  const map = makeMap("editor");
  renderCanvas(map.store, <ZoomControl />);
  await waitFitted();
  return map;
}

const wrapperOf = (line: HTMLElement) => line.closest<HTMLElement>(".react-flow__node")!;
/** The map's y of a node, from React Flow's transform on its wrapper. */
function yOf(node: HTMLElement): number {
  const match = /translate\(([-0-9.]+)px, ?([-0-9.]+)px\)/.exec(node.style.transform);
  if (!match) throw new Error(`no translate in "${node.style.transform}"`);
  return Number(match[2]);
}
const laneHeader = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="lane:${id}"]`)!;
const lanesOf = (doc: Y.Doc) => readJourney(doc).lanes;
const idOf = (doc: Y.Doc, kind: string) => lanesOf(doc).find((l) => l.kind === kind)!.id;

/** The lines drawn, each as the pair of lanes it runs between, from the top. */
function drawnBetween(): [string, string][] {
  return screen
    .queryAllByTestId("visibility-line")
    .map((line) => [line.dataset.above!, line.dataset.below!] as [string, string])
    .sort((a, b) => yOf(laneHeader(a[1])) - yOf(laneHeader(b[1])));
}

/** Each line lies on the top edge of its lower lane, i.e. the bottom edge of the lane above it. */
function expectOnBoundaries(): void {
  for (const line of screen.queryAllByTestId("visibility-line")) {
    const lineY = yOf(wrapperOf(line)) + VISIBILITY_LABEL_H;
    const below = laneHeader(line.dataset.below!);
    const above = laneHeader(line.dataset.above!);
    expect(lineY).toBe(yOf(below));
    expect(lineY).toBe(yOf(above) + Number.parseFloat(above.style.height));
  }
}

describe("the line of visibility", () => {
  it("runs across the whole map, lane headers included, above the first backstage lane, named and out of the way", async () => {
    const map = await renderMap();
    const backstage = idOf(map.doc, "backstage");
    const opportunities = idOf(map.doc, "opportunities");
    expect(drawnBetween()).toEqual([[opportunities, backstage]]);
    const line = screen.getByTestId("visibility-line");
    const node = wrapperOf(line);
    const grid = computeGrid(readJourney(map.doc));
    expect(yOf(node) + VISIBILITY_LABEL_H).toBe(grid.rows.get(backstage)!.y);
    expect(yOf(laneHeader(backstage))).toBe(grid.rows.get(backstage)!.y);
    // From the map's left edge (the lane header column) over every stage.
    expect(node.style.transform).toMatch(/^translate\(0px,/);
    expect(node.style.width).toBe(`${LANE_HEADER_W + 3 * STAGE_W}px`);
    expect(within(line).getByText("Line of visibility")).toBeInTheDocument();
    // Decoration: no clicks or drags, nothing for a screen reader, no Tab stop.
    expect(node.style.pointerEvents).toBe("none");
    expect(node).toHaveAttribute("aria-hidden", "true");
    expect(node).not.toHaveAttribute("tabindex");
    expect(node).not.toHaveAttribute("aria-roledescription");
    map.store.destroy();
  });

  it("is named in the interface's language, on the map and in the legend", async () => {
    const map = await renderMap();
    expect(screen.getByTestId("legend-visibility")).toHaveTextContent("Line of visibility");
    await act(() => i18n.changeLanguage("de"));
    expect(within(screen.getByTestId("visibility-line")).getByText("Sichtbarkeitslinie")).toBeInTheDocument();
    expect(screen.getByTestId("legend-visibility")).toHaveTextContent("Sichtbarkeitslinie");
    map.store.destroy();
  });

  it("is not there without a backstage lane, nor when every lane is backstage", async () => {
    const map = await renderMap();
    expect(screen.getAllByTestId("visibility-line")).toHaveLength(1);
    const peer = peerOf(map);
    const backstage = idOf(map.doc, "backstage");
    // A colleague deletes the backstage lane.
    peer((d) => deleteLane(d, backstage));
    await waitFor(() => expect(screen.queryByTestId("visibility-line")).toBeNull());
    // The legend names only what the map draws.
    expect(screen.queryByTestId("legend-visibility")).toBeNull();
    // Every lane backstage: nothing the customer sees to part it from.
    act(() => {
      for (const lane of lanesOf(map.doc)) updateLane(map.doc, lane.id, { kind: "backstage" });
    });
    expect(lanesOf(map.doc).every((l) => l.kind === "backstage")).toBe(true);
    expect(screen.queryByTestId("visibility-line")).toBeNull();
    map.store.destroy();
  });

  it("moves when a lane's kind changes, a lane is moved or added, and runs at every boundary", async () => {
    const map = await renderMap();
    const id = (kind: string) => idOf(map.doc, kind);
    const backstage = id("backstage");
    const opportunities = id("opportunities");
    const painPoints = id("painPoints");
    const yBefore = yOf(wrapperOf(screen.getByTestId("visibility-line")));

    // Opportunities becomes backstage: the line moves up, above it.
    act(() => updateLane(map.doc, opportunities, { kind: "backstage" }));
    expect(drawnBetween()).toEqual([[painPoints, opportunities]]);
    expect(yOf(wrapperOf(screen.getByTestId("visibility-line")))).toBeLessThan(yBefore);
    expectOnBoundaries();

    // A colleague makes the thoughts lane backstage too: it is set apart above and below.
    const thoughts = id("thoughts");
    const touchpoints = id("touchpoints");
    const emotions = id("emotions");
    const peer = peerOf(map);
    peer((d) => updateLane(d, thoughts, { kind: "backstage" }));
    expect(drawnBetween()).toEqual([
      [touchpoints, thoughts],
      [thoughts, emotions],
      [painPoints, opportunities],
    ]);
    expectOnBoundaries();
    act(() => updateLane(map.doc, thoughts, { kind: "thoughts" }));
    expect(drawnBetween()).toEqual([[painPoints, opportunities]]);

    // The backstage lanes moved to the top: the line runs below them.
    act(() => {
      moveLane(map.doc, backstage, 0);
      moveLane(map.doc, opportunities, 0);
    });
    const actions = id("actions");
    expect(drawnBetween()).toEqual([[backstage, actions]]);
    expectOnBoundaries();

    // A lane the customer sees added on top: a second boundary.
    let added = "";
    act(() => {
      added = addLane(map.doc, { name: "Was ich tue", kind: "actions", index: 0 });
    });
    expect(drawnBetween()).toEqual([
      [added, opportunities],
      [backstage, actions],
    ]);
    expectOnBoundaries();
    map.store.destroy();
  });

  it("keeps its name at least 11 px tall on screen at every zoom where the map names it, 11 map pixels zoomed in", async () => {
    const map = await renderMap();
    const lineY = computeGrid(readJourney(map.doc)).rows.get(idOf(map.doc, "backstage"))!.y;
    const name = () => within(screen.getByTestId("visibility-line")).getByText("Line of visibility");
    for (const zoom of [RAIL_ZOOM, 0.8, 0.95, 1, 1.5, 2]) {
      // The line in view: only what is on screen is drawn.
      viewFrom(0, lineY - 100, zoom);
      await waitFor(() => expect(Number.parseFloat(name().style.fontSize) * zoom).toBeGreaterThanOrEqual(11));
      // Not much more than needed: zoomed in it is the 11 map pixels it always was.
      expect(Number.parseFloat(name().style.fontSize)).toBe(Math.max(11, Math.ceil((11 / zoom) * 4) / 4));
      expect(Number.parseFloat(name().style.lineHeight)).toBeGreaterThanOrEqual(
        Number.parseFloat(name().style.fontSize),
      );
    }
    map.store.destroy();
  });

  it("stands above the row of the header buttons when it grows too wide to stand beside them", async () => {
    // jsdom lays nothing out: the name's width in map pixels is given here, as Chromium would measure it.
    let nameWidth = 90;
    const scrollWidth = vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains("visibility-line-label") ? nameWidth : 0;
    });
    try {
      const map = await renderMap();
      const lineY = computeGrid(readJourney(map.doc)).rows.get(idOf(map.doc, "backstage"))!.y;
      const name = () => within(screen.getByTestId("visibility-line")).getByText("Line of visibility");
      viewFrom(0, lineY - 100, 1);
      await waitFor(() => expect(name().style.fontSize).toBe("11px"));
      expect(name()).not.toHaveAttribute("data-lifted");
      expect(name().style.bottom).toBe("");
      nameWidth = 130;
      viewFrom(0, lineY - 100, 0.75);
      await waitFor(() => expect(name()).toHaveAttribute("data-lifted", "true"));
      // Above the buttons' row (4 + 20 px above the line; the node ends 2 px below the line), across the header.
      expect(name().style.bottom).toBe("28px");
      expect(name().style.maxWidth).toBe("176px");
      nameWidth = 90;
      viewFrom(0, lineY - 100, 1.2);
      await waitFor(() => expect(name()).not.toHaveAttribute("data-lifted"));
      map.store.destroy();
    } finally {
      scrollWidth.mockRestore();
    }
  });

  it("goes on across the lane rail, named there, when the map is zoomed far out", async () => {
    const map = await renderMap();
    zoomTo(RAIL_ZOOM / 2);
    const rail = await screen.findByTestId("rail-visibility");
    expect(rail).toHaveTextContent("Line of visibility");
    const grid = computeGrid(readJourney(map.doc));
    const backstageY = grid.rows.get(idOf(map.doc, "backstage"))!.y;
    // The rail starts below the stage rail (26 px); the line stands where the backstage lane starts on screen.
    expect(rail.style.transform).toBe(`translateY(${backstageY * (RAIL_ZOOM / 2) - 26}px)`);
    // The map's own line is still there, a line of 2 px on screen at this zoom, without its name, a speck here.
    const line = screen.getByTestId("visibility-line");
    const rule = line.querySelector<HTMLElement>(".visibility-line-rule")!;
    expect(Number.parseFloat(rule.style.borderTopWidth) * (RAIL_ZOOM / 2)).toBeCloseTo(2, 0);
    expect(within(line).queryByText("Line of visibility")).toBeNull();
    zoomTo(1);
    await waitFor(() => expect(screen.queryByTestId("rail-visibility")).toBeNull());
    expect(within(line).getByText("Line of visibility")).toBeInTheDocument();
    map.store.destroy();
  });
});

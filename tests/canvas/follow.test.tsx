// @vitest-environment jsdom
// Following a colleague on my canvas: their view is fitted into mine and moves with theirs, without drawing a card
// again; the bar says whom I follow; my own move, Escape, Stop following or their leaving ends it. My own view goes
// into my presence, and while I follow someone it is theirs.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { follow } from "../../src/features/presence/follow";
import { fitRect } from "../../src/canvas/followView";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";

const counter = await vi.hoisted(async () => (await import("./renderCounter")).installRenderCounter());

beforeAll(() => {
  stubBrowserApis();
});

const ANNA = 4243;
const anna = { user: { name: "Anna", color: "#2f9e44" } };
/** The canvas's size in these tests (stubBrowserApis). */
const SIZE = { width: 1600, height: 1000 };
const LIMITS = { min: 0.1, max: 2 };

function shownViewport(): { x: number; y: number; zoom: number } {
  const style = document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "";
  const m = style.match(/translate\(([-0-9.e]+)px, ?([-0-9.e]+)px\) scale\(([-0-9.e]+)\)/);
  if (!m) throw new Error(`no viewport transform in "${style}"`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

async function showsFitted(view: { x: number; y: number; width: number; height: number }): Promise<void> {
  const want = fitRect(view, SIZE, LIMITS);
  await waitFor(() => {
    const now = shownViewport();
    expect(now.x).toBeCloseTo(want.x, 1);
    expect(now.y).toBeCloseTo(want.y, 1);
    expect(now.zoom).toBeCloseTo(want.zoom, 4);
  });
}

describe("following a colleague's view on my canvas", () => {
  it("fits their view into mine and moves with it, drawing no card again", async () => {
    const { awareness } = renderCanvasWithPeers(<ZoomControl />);
    await screen.findByText("I pay online");
    await waitFitted();
    const view = { x: 100, y: 50, width: 1440, height: 900 };
    setPeerState(awareness, ANNA, { ...anna, view });
    act(() => follow(awareness, ANNA));
    expect(screen.getByTestId("follow-bar")).toHaveTextContent("Following Anna");
    await showsFitted(view);
    expect(awareness.getLocalState()).toMatchObject({ following: ANNA, view });

    counter.reset();
    const panned = { ...view, x: 160, y: 80 };
    setPeerState(awareness, ANNA, { ...anna, view: panned });
    await showsFitted(panned);
    expect(counter.counts()["CardNode"] ?? 0).toBe(0);
    expect(screen.getByTestId("follow-bar")).toBeInTheDocument();
  });

  it("waits for a view from someone who has published none yet", async () => {
    const { awareness } = renderCanvasWithPeers(<ZoomControl />);
    await waitFitted();
    setPeerState(awareness, ANNA, anna);
    const before = shownViewport();
    act(() => follow(awareness, ANNA));
    await act(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(shownViewport()).toEqual(before);
    expect(screen.getByTestId("follow-bar")).toHaveTextContent("Following Anna");
    const view = { x: -300, y: 0, width: 800, height: 800 };
    setPeerState(awareness, ANNA, { ...anna, view });
    await showsFitted(view);
  });

  it("stops when my view moves by anything else, and then publishes my own view again", async () => {
    const { awareness } = renderCanvasWithPeers(<ZoomControl />);
    await waitFitted();
    const view = { x: 100, y: 50, width: 1440, height: 900 };
    setPeerState(awareness, ANNA, { ...anna, view });
    act(() => follow(awareness, ANNA));
    await showsFitted(view);
    zoomTo(0.5);
    await waitFor(() => expect(screen.queryByTestId("follow-bar")).toBeNull());
    expect(awareness.getLocalState()?.["following"]).toBeNull();
    await waitFor(() =>
      expect(awareness.getLocalState()?.["view"]).toEqual({ x: 0, y: 0, width: SIZE.width / 0.5, height: 2000 }),
    );
    // Anna moves on: my canvas stays where I put it.
    setPeerState(awareness, ANNA, { ...anna, view: { ...view, x: 900 } });
    await act(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(shownViewport()).toEqual({ x: 0, y: 0, zoom: 0.5 });
  });

  it("stops on Escape and on Stop following", async () => {
    const { awareness } = renderCanvasWithPeers(<ZoomControl />);
    await waitFitted();
    setPeerState(awareness, ANNA, { ...anna, view: { x: 0, y: 0, width: 800, height: 600 } });
    act(() => follow(awareness, ANNA));
    act(() => void fireEvent.keyDown(document.body, { key: "Escape" }));
    expect(screen.queryByTestId("follow-bar")).toBeNull();

    act(() => follow(awareness, ANNA));
    fireEvent.click(within(screen.getByTestId("follow-bar")).getByRole("button", { name: "Stop following" }));
    expect(screen.queryByTestId("follow-bar")).toBeNull();
    expect(awareness.getLocalState()?.["following"]).toBeNull();
  });

  it("stops when the leader leaves the map, and says so politely", async () => {
    const { awareness } = renderCanvasWithPeers(<ZoomControl />);
    await waitFitted();
    setPeerState(awareness, ANNA, { ...anna, view: { x: 0, y: 0, width: 800, height: 600 } });
    act(() => follow(awareness, ANNA));
    expect(screen.getByTestId("follow-said")).toHaveTextContent("");
    act(() => {
      awareness.states.delete(ANNA);
      awareness.emit("change", [{ added: [], updated: [], removed: [ANNA] }, "remote"]);
    });
    expect(screen.queryByTestId("follow-bar")).toBeNull();
    expect(screen.getByTestId("follow-said")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByTestId("follow-said")).toHaveTextContent("Anna left the map; you no longer follow anyone.");
  });
});

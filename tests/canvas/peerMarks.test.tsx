// @vitest-environment jsdom
// Other people's selection and drag mark and move cards on my canvas, and nothing else: an id of a stage or
// lane header in a peer's awareness state (a broken or hostile client) leaves that header where it is. A path a
// peer selected is drawn in their colour, as a card they selected is.
import { act, screen, waitFor } from "@testing-library/react";
import { addCard, connect } from "../../src/doc/ops";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { waitFitted } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});

const node = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!el) throw new Error(`no node ${id}`);
  return el;
};

describe("peers' marks on the canvas", () => {
  it("moves and outlines a card a peer drags, but never a header named in a peer's state", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    const { journey } = map.store.getState();
    const stageId = journey.stages[0]?.id ?? "";
    const laneId = journey.lanes[0]?.id ?? "";
    await screen.findByText("I pay online");
    await waitFitted();
    const stageBefore = node(`stage:${stageId}`).style.transform;
    const laneBefore = node(`lane:${laneId}`).style.transform;

    setPeerState(awareness, 4242, {
      user: { name: "Mallory", color: "#1971c2" },
      selection: [`stage:${stageId}`, `lane:${laneId}`],
      dragging: { cardId: `stage:${stageId}`, x: 900, y: 900 },
    });
    setPeerState(awareness, 4243, {
      user: { name: "Ada", color: "#2f9e44" },
      dragging: { cardId: map.cardId, x: 777, y: 555 },
    });
    await waitFor(() => expect(node(map.cardId).style.transform).toBe("translate(777px,555px)"));
    expect(node(map.cardId).style.boxShadow).toContain("2px");
    expect(node(`stage:${stageId}`).style.transform).toBe(stageBefore);
    expect(node(`stage:${stageId}`).style.boxShadow).toBe("");
    expect(node(`lane:${laneId}`).style.transform).toBe(laneBefore);
    expect(node(`lane:${laneId}`).style.boxShadow).toBe("");
    awareness.destroy();
    map.store.destroy();
  });

  it("draws a path a peer has selected with a band in their colour, and drops it when they let go of it", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    const { journey } = map.store.getState();
    const second = journey.stages[1]?.id ?? "";
    const laneId = journey.cards[0]?.laneId ?? "";
    let path = "";
    act(() => {
      const reply = addCard(map.doc, { stageId: second, laneId, title: "I get a reply" });
      path = connect(map.doc, map.cardId, reply);
    });
    await screen.findByText("I get a reply");
    await waitFitted();
    const edge = () => document.querySelector(`.react-flow__edge[data-id="${path}"]`);
    await waitFor(() => expect(edge()).not.toBeNull());
    expect(edge()?.querySelector(".path-edge-peer")).toBeNull();

    setPeerState(awareness, 4243, { user: { name: "Ada", color: "#2f9e44" }, selection: [path] });
    await waitFor(() => expect(edge()?.querySelector(".path-edge-peer")).not.toBeNull());
    expect(edge()?.querySelector(".path-edge-peer")?.getAttribute("stroke")).toBe("#2f9e44");
    // The path's own line is drawn over the band, unchanged.
    const lines = [...(edge()?.querySelectorAll("path") ?? [])];
    expect(lines.indexOf(edge()!.querySelector(".path-edge-peer")!)).toBeLessThan(
      lines.indexOf(edge()!.querySelector(".path-edge")!),
    );

    setPeerState(awareness, 4243, { user: { name: "Ada", color: "#2f9e44" }, selection: [] });
    await waitFor(() => expect(edge()?.querySelector(".path-edge-peer")).toBeNull());
    awareness.destroy();
    map.store.destroy();
  });
});

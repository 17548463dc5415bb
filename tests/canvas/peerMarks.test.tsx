// @vitest-environment jsdom
// Other people's selection and drag mark and move cards on my canvas, and nothing else: an id of a stage or
// lane header in a peer's awareness state (a broken or hostile client) leaves that header where it is.
import { screen, waitFor } from "@testing-library/react";
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
});

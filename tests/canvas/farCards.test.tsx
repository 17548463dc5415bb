// @vitest-environment jsdom
// A card drawn by its cell far away (not a React Flow node) still shows its open comment threads and its
// findings, which the cell looks up once for all its cards; they follow the documents like a node's do.
import { screen, waitFor, within } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "../../src/canvas";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import { addCard, updateCard } from "../../src/doc/ops";
import { comment } from "../features/comments/fixtures";
import { makeCommentsMap, renderWith } from "../features/comments/helpers";
import { stubBrowserApis } from "../features/helpers";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});

describe("a card drawn far away", () => {
  it("shows its comment badge and its finding mark, and follows changes to both", async () => {
    const map = makeCommentsMap("editor");
    // The first card is the map's Tab stop, a node even far away (canvas/tabStops.ts): put another one first.
    const { doc, journey } = map.store.getState();
    addCard(doc, { stageId: map.stageId, laneId: journey.lanes[0]!.id, title: "I compare plans" });
    renderWith(
      map.store,
      <ReactFlowProvider>
        <Canvas />
        <ZoomControl />
      </ReactFlowProvider>,
    );
    await screen.findByText("I pay online");
    await waitFitted();
    zoomTo(DETAIL_ZOOM / 2);
    const drawn = () => {
      const el = screen.getByTestId(`card-${map.cardId}`);
      expect(el.closest(".react-flow__node-cell")).not.toBeNull();
      return el;
    };
    await waitFor(() => expect(drawn()).toHaveClass("drawn"));

    // A touchpoint without a measurement point: one finding, and no comment yet.
    expect(within(drawn()).getByTestId("finding-mark")).toHaveAttribute("data-count", "1");
    expect(within(drawn()).queryByTestId("card-comments")).toBeNull();

    map.put(comment("a", { anchor: { kind: "card", id: map.cardId } }));
    map.put(comment("b", { anchor: { kind: "card", id: map.cardId } }));
    await waitFor(() => expect(within(drawn()).getByTestId("card-comments")).toHaveAttribute("data-count", "2"));

    map.store.getState().actions.run((d) => updateCard(d, map.cardId, { measurement: { metric: "CSAT" } }));
    await waitFor(() => expect(within(drawn()).queryByTestId("finding-mark")).toBeNull());
    map.put(comment("a", { anchor: { kind: "card", id: map.cardId }, resolved: true }));
    await waitFor(() => expect(within(drawn()).getByTestId("card-comments")).toHaveAttribute("data-count", "1"));
    map.store.destroy();
  });
});

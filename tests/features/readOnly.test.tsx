// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "../../src/canvas";
import { Inspector } from "../../src/features/inspector";
import { Toolbar } from "../../src/features/toolbar";
import { addCard, connect } from "../../src/doc/ops";
import { makeMap, renderWithStore, stubBrowserApis } from "./helpers";

beforeAll(() => {
  stubBrowserApis();
});

describe("a read-only role", () => {
  it("sees the cards but no handles, add buttons, header controls or draggable nodes", async () => {
    const map = makeMap("viewer", "I compare plans", { measurement: { metric: "CES", target: 5 } });
    const [stage] = map.journey.stages;
    const lane = map.journey.lanes.find((l) => l.kind === "touchpoints");
    if (!stage || !lane) throw new Error("blank journey changed shape");
    const next = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "I choose a plan" });
    const aside = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "I read the small print" });
    connect(map.doc, map.cardId, next);
    const { container } = renderWithStore(
      map.store,
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>,
    );
    expect(await screen.findByText("I compare plans")).toBeInTheDocument();
    // No handles to connect with; paths end at anchors instead, on the cards that are on a path.
    expect(container.querySelectorAll(".react-flow__handle")).toHaveLength(0);
    const anchors = (id: string) => screen.getByTestId(`card-${id}`).querySelectorAll(".card-anchor");
    expect(anchors(map.cardId)).toHaveLength(2);
    expect(anchors(next)).toHaveLength(2);
    expect(anchors(aside)).toHaveLength(0);
    expect(container.querySelectorAll(".cell-add")).toHaveLength(0);
    expect(container.querySelectorAll(".header-controls")).toHaveLength(0);
    expect(container.querySelectorAll(".react-flow__node.draggable")).toHaveLength(0);
    map.store.destroy();
  });

  it("shows an editor the same canvas with handles and add buttons", async () => {
    const map = makeMap("editor", "I compare plans");
    const { container } = renderWithStore(
      map.store,
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>,
    );
    expect(await screen.findByText("I compare plans")).toBeInTheDocument();
    expect(container.querySelectorAll(".react-flow__handle.connectable").length).toBeGreaterThan(0);
    expect(container.querySelectorAll(".card-anchor")).toHaveLength(0);
    expect(container.querySelectorAll(".cell-add").length).toBeGreaterThan(0);
    map.store.destroy();
  });

  it("gets a read-only inspector and a toolbar without edit buttons", () => {
    const map = makeMap("commenter", "I compare plans", { measurement: { metric: "CES", target: 5 } });
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(
      map.store,
      <>
        <Toolbar />
        <Inspector />
      </>,
    );
    const inspector = screen.getByTestId("card-inspector");
    for (const field of within(inspector).getAllByRole("textbox")) expect(field).toHaveAttribute("readonly");
    // Drop-downs and checkboxes are read-only text fields with their value (tests/features/inspector/readOnlyValues).
    expect(within(inspector).queryByRole("combobox")).toBeNull();
    expect(within(inspector).queryByRole("checkbox")).toBeNull();
    expect(within(inspector).getByRole("textbox", { name: "Channel" })).toHaveValue("Web");
    expect(within(inspector).queryByRole("button")).toBeNull();
    const toolbar = screen.getByRole("toolbar");
    expect(within(toolbar).queryByRole("button", { name: "Add stage" })).toBeNull();
    expect(within(toolbar).queryByRole("button", { name: "Add card" })).toBeNull();
    expect(within(toolbar).queryByRole("button", { name: "Undo" })).toBeNull();
    expect(within(toolbar).getByRole("button", { name: "Export" })).toBeInTheDocument();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// The findings' marks on the canvas: a subtle corner on cards, stages and lanes that names how many
// findings there are and what they say, and a mark on a path step that breaks the channel.
import { act, render, screen, waitFor } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas, Legend } from "../../../src/canvas";
import { FindingMark } from "../../../src/canvas/nodes/FindingMark";
import { addCard, connect, setMeasurement, updateCard, updateConnection } from "../../../src/doc/ops";
import { initI18n } from "../../../src/i18n";
import { MapStoreProvider } from "../../../src/store";
import { makeMap, renderWithStore, stubBrowserApis } from "../helpers";

beforeAll(() => {
  stubBrowserApis();
  initI18n("en");
});

describe("the finding marks", () => {
  it("marks a card with the number of its findings and their messages, and goes when they are fixed", () => {
    const map = makeMap("owner", "I order and pay in the web shop", { channel: undefined });
    renderWithStore(map.store, <FindingMark targetId={map.cardId} />);
    const mark = screen.getByRole("img");
    expect(mark).toHaveAttribute("data-count", "2");
    expect(mark).toHaveAccessibleName(/^2 findings: /);
    expect(mark.getAttribute("aria-label")).toContain(
      'The touchpoint "I order and pay in the web shop" has no channel.',
    );
    expect(mark.getAttribute("aria-label")).toContain("has no measurement point.");
    expect(mark).toHaveClass("severity-warning");

    act(() => updateCard(map.doc, map.cardId, { momentOfTruth: { reason: "I decide" } }));
    expect(screen.getByRole("img")).toHaveClass("severity-error");

    act(() => {
      updateCard(map.doc, map.cardId, { channel: "web" });
      setMeasurement(map.doc, map.cardId, { metric: "CSAT", target: 4 });
    });
    expect(screen.queryByRole("img")).toBeNull();
    map.store.destroy();
  });

  it("shows nothing for a target without findings", () => {
    const map = makeMap("owner", "I pay", { measurement: { metric: "CSAT", target: 4 } });
    const { container } = render(
      <MapStoreProvider store={map.store}>
        <FindingMark targetId={map.cardId} />
        <FindingMark targetId="no-such-target" />
      </MapStoreProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    map.store.destroy();
  });

  it("marks cards and stage headers on the canvas, and a path step that breaks the channel", async () => {
    const map = makeMap();
    const journey = map.read();
    const tp = journey.lanes.find((l) => l.kind === "touchpoints")!;
    const letter = addCard(map.doc, {
      stageId: journey.stages[1]!.id,
      laneId: tp.id,
      title: "I get the contract by letter",
      channel: "letter",
    });
    const step = connect(map.doc, map.cardId, letter);
    const { container } = renderWithStore(
      map.store,
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>,
    );
    await screen.findByText("I get the contract by letter");
    const card = screen.getByTestId(`card-${map.cardId}`);
    expect(card.querySelector('[data-testid="finding-mark"]')).not.toBeNull();
    const stage = screen.getByTestId(`stage-${journey.stages[0]!.id}`);
    expect(stage.querySelector('[data-testid="finding-mark"]')?.getAttribute("aria-label")).toMatch(/no customer goal/);

    const edgeMark = await waitFor(() => {
      const el = container.querySelector(`[data-testid="edge-finding-${step}"]`);
      if (!el) throw new Error("no mark on the path step yet");
      return el;
    });
    expect(edgeMark.getAttribute("aria-label")).toMatch(/Web.*Letter/);

    // Web to email stays digital, so no break: the mark goes while the step's label stays.
    act(() => {
      updateCard(map.doc, letter, { channel: "email" });
      updateConnection(map.doc, step, { label: "confirmation" });
    });
    await waitFor(() => expect(container.querySelector(`[data-testid="edge-finding-${step}"]`)).toBeNull());
    expect(screen.getByText("confirmation")).toBeInTheDocument();
    map.store.destroy();
  });

  it("explains the mark in the canvas legend", () => {
    render(<Legend />);
    const legend = screen.getByTestId("legend");
    expect(legend).toHaveTextContent("Finding");
    expect(legend.querySelector(".legend-finding svg")).not.toBeNull();
  });
});

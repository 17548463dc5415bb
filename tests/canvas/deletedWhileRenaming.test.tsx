// @vitest-environment jsdom
// Someone deletes a stage or lane while I am typing its name (on its header, or in the inspector): what I typed is
// kept in a notice, and put back as a new stage or lane where the deleted one stood, one step that undo takes back.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "../../src/canvas";
import { deleteLane, deleteStage } from "../../src/doc/ops";
import { Inspector, KeptTexts } from "../../src/features/inspector";
import { makeMap, peerOf, renderWithStore, stubBrowserApis } from "../features/helpers";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(() => {
  cleanup();
});

describe("a name typed into a stage or lane someone deletes meanwhile", () => {
  it("is kept from the stage's header, and put back as a new stage in the same place that undo takes away", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const fromPeer = peerOf(map);
    renderWithStore(
      map.store,
      <>
        <KeptTexts />
        <ReactFlowProvider>
          <Canvas />
        </ReactFlowProvider>
      </>,
    );
    const stages = map.read().stages;
    const second = stages[1]!;
    await user.dblClick(await screen.findByText(second.name));
    await user.keyboard("Schaden prüfen lassen");
    fromPeer((d) => deleteStage(d, second.id));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this stage while you were typing.");
    expect(within(notice).getByLabelText("Your text (Name of the stage)")).toHaveValue("Schaden prüfen lassen");
    await user.click(within(notice).getByRole("button", { name: "Put it back as a new stage" }));
    expect(map.read().stages.map((s) => s.name)).toEqual([
      stages[0]!.name,
      "Schaden prüfen lassen",
      ...stages.slice(2).map((s) => s.name),
    ]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    act(() => map.store.getState().actions.undo());
    expect(map.read().stages.map((s) => s.id)).toEqual(stages.filter((s) => s !== second).map((s) => s.id));
    map.store.destroy();
  });

  it("is kept from the lane's inspector, and put back as a new lane of the same kind in the same place", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const fromPeer = peerOf(map);
    const lanes = map.read().lanes;
    const lane = lanes[2]!;
    map.store.getState().actions.select({ lanes: [lane.id] });
    renderWithStore(
      map.store,
      <>
        <KeptTexts />
        <Inspector />
      </>,
    );
    await user.click(screen.getByLabelText("Name of the lane"));
    await user.keyboard(" – was ich denke");
    fromPeer((d) => deleteLane(d, lane.id));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this lane while you were typing.");
    await user.click(within(notice).getByRole("button", { name: "Put it back as a new lane" }));
    expect(map.read().lanes[2]).toMatchObject({ name: `${lane.name} – was ich denke`, kind: lane.kind });
    expect(map.read().lanes).toHaveLength(lanes.length);
    map.store.destroy();
  });
});

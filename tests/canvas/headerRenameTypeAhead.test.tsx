// @vitest-environment jsdom
// A facilitator presses F2 (or Enter) on a stage or lane header and types the new name straight away: the name field
// must be open and focused by the time the key's handling ends, or the first letters go to the header and are lost
// ("Tarife vergleichen" saved as "arife vergleichen"). The keys are dispatched as the browser does, not inside act(),
// which would draw whatever React put off and hide the delay.
import { cleanup, screen, waitFor } from "@testing-library/react";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { waitFitted } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

function pressAsTheBrowserDoes(target: HTMLElement, key: string): void {
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

describe("typing right after F2 or Enter on a header", () => {
  it("finds the name field already open and focused, for a stage and for a lane", async () => {
    const map = makeMap("editor");
    renderCanvas(map.store);
    await waitFitted();
    const stage = map.journey.stages[0]!;
    const lane = map.journey.lanes[1]!;
    await waitFor(() => expect(node(`stage:${stage.id}`)).not.toBeNull());

    node(`stage:${stage.id}`).focus();
    pressAsTheBrowserDoes(node(`stage:${stage.id}`), "F2");
    expect(document.activeElement).toBe(screen.queryByRole("textbox", { name: "Name of the stage" }));

    node(`lane:${lane.id}`).focus();
    await waitFor(() => expect(screen.queryByRole("textbox", { name: "Name of the stage" })).toBeNull());
    pressAsTheBrowserDoes(node(`lane:${lane.id}`), "Enter");
    expect(document.activeElement).toBe(screen.queryByRole("textbox", { name: "Name of the lane" }));
    map.store.destroy();
  });
});

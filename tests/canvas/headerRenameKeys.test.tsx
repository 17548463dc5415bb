// @vitest-environment jsdom
// A stage or lane renamed in place by keyboard, as a card's title is edited: Enter or F2 on the focused header
// opens its name field, Enter saves and Escape cancels, and either gives the focus back to the header. Only for
// people who may edit, and not from the header's own buttons, which Enter presses.
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role } from "../../src/doc";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { waitFitted } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

async function renderMap(role: Role) {
  const map = makeMap(role);
  renderCanvas(map.store);
  await waitFitted();
  const stage = map.journey.stages[0]!;
  const lane = map.journey.lanes[0]!;
  await waitFor(() => expect(node(`stage:${stage.id}`)).not.toBeNull());
  return { map, stage, lane };
}

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

describe("renaming a header by keyboard", () => {
  it("opens the stage's name with Enter, saves it with Enter and gives the focus back to the header", async () => {
    const user = userEvent.setup();
    const { map, stage } = await renderMap("editor");
    node(`stage:${stage.id}`).focus();
    fireEvent.keyDown(node(`stage:${stage.id}`), { key: "Enter" });
    const input = await screen.findByRole("textbox", { name: "Name of the stage" });
    expect(input).toHaveFocus();
    expect(input).toHaveValue(stage.name);
    await user.clear(input);
    // The keys are Enter, F2 and Escape; the new name is pasted, as typing it key by key would take longer to the same end.
    await user.paste("Vergleichen „Tarife“");
    await user.keyboard("{Enter}");
    expect(map.read().stages[0]?.name).toBe("Vergleichen „Tarife“");
    expect(screen.queryByRole("textbox", { name: "Name of the stage" })).toBeNull();
    expect(node(`stage:${stage.id}`)).toHaveFocus();
    map.store.destroy();
  });

  it("opens the lane's name with F2 and cancels with Escape, keeping the name and the focus on the header", async () => {
    const user = userEvent.setup();
    const { map, lane } = await renderMap("owner");
    node(`lane:${lane.id}`).focus();
    fireEvent.keyDown(node(`lane:${lane.id}`), { key: "F2" });
    const input = await screen.findByRole("textbox", { name: "Name of the lane" });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.paste("Something else");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.queryByRole("textbox", { name: "Name of the lane" })).toBeNull();
    expect(map.read().lanes[0]?.name).toBe(lane.name);
    expect(node(`lane:${lane.id}`)).toHaveFocus();
    map.store.destroy();
  });

  it("offers no name field to a viewer, nor from a header's buttons", async () => {
    const viewer = await renderMap("viewer");
    node(`stage:${viewer.stage.id}`).focus();
    fireEvent.keyDown(node(`stage:${viewer.stage.id}`), { key: "Enter" });
    fireEvent.keyDown(node(`stage:${viewer.stage.id}`), { key: "F2" });
    expect(screen.queryByRole("textbox")).toBeNull();
    viewer.map.store.destroy();
    cleanup();

    const { map, stage } = await renderMap("editor");
    const button = within(node(`stage:${stage.id}`)).getByRole("button", {
      name: new RegExp(`Delete stage .${stage.name}`),
    });
    button.focus();
    fireEvent.keyDown(button, { key: "Enter" });
    expect(screen.queryByRole("textbox")).toBeNull();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A facilitator tidies the map with the keyboard: Delete on a focused empty stage or lane header, its ✕, or the
// Delete of the question the ✕ asks, must leave the keyboard on the next header of its kind (else the one before),
// not drop it to the top of the page, where the next key starts all over again.
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(() => {
  cleanup();
});

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe("deleting the focused stage or lane header with the keyboard", () => {
  it("hands the keyboard to the next stage header, and from the last one to the one before", async () => {
    const map = makeMap("editor");
    const [, second, third] = map.journey.stages;
    renderCanvas(map.store);
    await waitFor(() => expect(node(`stage:${second!.id}`)).not.toBeNull());

    act(() => map.store.getState().actions.select({ stages: [second!.id] }));
    node(`stage:${second!.id}`)!.focus();
    fireEvent.keyDown(node(`stage:${second!.id}`)!, { key: "Delete" });
    expect(map.read().stages.some((s) => s.id === second!.id)).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(node(`stage:${third!.id}`)));

    act(() => map.store.getState().actions.select({ stages: [third!.id] }));
    fireEvent.keyDown(node(`stage:${third!.id}`)!, { key: "Backspace" });
    expect(map.read().stages.map((s) => s.id)).toEqual([map.journey.stages[0]!.id]);
    await waitFor(() => expect(document.activeElement).toBe(node(`stage:${map.journey.stages[0]!.id}`)));
    map.store.destroy();
  });

  it("hands the keyboard to the next lane header after its ✕ is pressed with Enter", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const [first, second] = map.journey.lanes;
    renderCanvas(map.store);
    const remove = await screen.findByRole("button", { name: `Delete lane “${first!.name}”` });
    remove.focus();
    await user.keyboard("{Enter}");
    expect(map.read().lanes.some((l) => l.id === first!.id)).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(node(`lane:${second!.id}`)));
    map.store.destroy();
  });

  it("hands the keyboard on after the question of a stage that holds cards is answered Delete", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    const [first, second] = map.journey.stages;
    renderCanvas(map.store);
    const remove = await screen.findByRole("button", { name: `Delete stage “${first!.name}”` });
    remove.focus();
    await user.keyboard("{Enter}");
    const question = await screen.findByRole("alertdialog");
    within(question).getByRole("button", { name: "Delete" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().stages.some((s) => s.id === first!.id)).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(node(`stage:${second!.id}`)));
    map.store.destroy();
  });
});

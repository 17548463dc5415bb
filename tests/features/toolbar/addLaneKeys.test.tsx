// @vitest-environment jsdom
// The toolbar's Add lane list by keyboard: the arrow keys step through the kinds of lane without adding any, Enter
// adds the one it rests on (once), Escape gives the steps up; a choice from the open list adds at once.
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toolbar } from "../../../src/features/toolbar";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

/** A closed drop-down stepped with an arrow key: the browser changes its value at once, between keydown and keyup. */
function step(select: HTMLElement, value: string) {
  fireEvent.keyDown(select, { key: "ArrowDown" });
  fireEvent.change(select, { target: { value } });
  fireEvent.keyUp(select, { key: "ArrowDown" });
}

describe("the Add lane list by keyboard", () => {
  it("adds no lane while the arrow keys step through it, and one lane of the kind it rests on with Enter", () => {
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    const before = map.read().lanes.length;
    const list = screen.getByRole("combobox", { name: "Add lane…" });
    list.focus();
    step(list, "actions");
    step(list, "touchpoints");
    step(list, "thoughts");
    expect(map.read().lanes).toHaveLength(before);
    expect(list).toHaveValue("thoughts");

    fireEvent.keyDown(list, { key: "Enter" });
    const lanes = map.read().lanes;
    expect(lanes).toHaveLength(before + 1);
    // Above the lane behind the scenes, which stays at the bottom (./newLanePlace.test.tsx).
    expect(lanes.map((l) => l.kind).slice(-2)).toEqual(["thoughts", "backstage"]);
    expect(list).toHaveValue("");
    map.store.destroy();
  });

  it("gives the steps up on Escape and when the list is left, adding nothing", () => {
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    const before = map.read().lanes.length;
    const list = screen.getByRole("combobox", { name: "Add lane…" });
    list.focus();
    step(list, "actions");
    fireEvent.keyDown(list, { key: "Escape" });
    expect(list).toHaveValue("");
    fireEvent.keyDown(list, { key: "Enter" });
    step(list, "backstage");
    fireEvent.blur(list);
    expect(list).toHaveValue("");
    expect(map.read().lanes).toHaveLength(before);
    map.store.destroy();
  });

  it("adds a lane at once when a kind is chosen from the open list", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    const before = map.read().lanes.length;
    await user.selectOptions(screen.getByRole("combobox", { name: "Add lane…" }), "opportunities");
    const lanes = map.read().lanes;
    expect(lanes).toHaveLength(before + 1);
    expect(lanes.map((l) => l.kind).slice(-2)).toEqual(["opportunities", "backstage"]);
    map.store.destroy();
  });
});

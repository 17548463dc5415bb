// @vitest-environment jsdom
// Add lane keeps the lanes behind the scenes (below the line of visibility) at the bottom: a lane the customer sees
// goes in above them, a lane behind the scenes at the end, and a map without them grows at the end.
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toolbar } from "../../../src/features/toolbar";
import { newLanePlace } from "../../../src/features/toolbar/newLanePlace";
import { makeMap, renderWithStore } from "../helpers";

afterEach(() => cleanup());

const kinds = (...k: string[]) => k.map((kind) => ({ kind }) as { kind: "actions" });

describe("where Add lane puts a new lane", () => {
  it("above the lanes behind the scenes at the bottom, or at the end", () => {
    expect(newLanePlace(kinds("actions", "touchpoints", "backstage", "backstage"), "painPoints")).toBe(2);
    expect(newLanePlace(kinds("actions", "backstage"), "backstage")).toBeUndefined();
    expect(newLanePlace(kinds("actions", "painPoints"), "touchpoints")).toBeUndefined();
    expect(newLanePlace(kinds("backstage", "backstage"), "actions")).toBe(0);
    // A lane behind the scenes in the middle is someone's choice: only the block at the bottom is kept there.
    expect(newLanePlace(kinds("actions", "backstage", "thoughts"), "emotions")).toBeUndefined();
    expect(newLanePlace([], "actions")).toBeUndefined();
  });

  it("from the toolbar: a Touchpoints lane lands above Behind the scenes, a second Behind the scenes below it", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    const list = screen.getByRole("combobox", { name: "Add lane…" });
    const before = map.read().lanes.map((l) => l.kind);
    expect(before.at(-1)).toBe("backstage");

    await user.selectOptions(list, "touchpoints");
    expect(map.read().lanes.map((l) => l.kind)).toEqual([...before.slice(0, -1), "touchpoints", "backstage"]);

    await user.selectOptions(list, "backstage");
    expect(map.read().lanes.map((l) => l.kind)).toEqual([
      ...before.slice(0, -1),
      "touchpoints",
      "backstage",
      "backstage",
    ]);
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// What Add stage and Add lane added is said in a polite status, in English and German: the keyboard stays on the
// toolbar, away from the new header on the map, so a screen reader would otherwise hear nothing.
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toolbar } from "../../../src/features/toolbar";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

describe("what the toolbar added, said", () => {
  it("says the stage and the lane it added", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    const said = screen.getByTestId("toolbar-said");
    expect(said).toHaveAttribute("role", "status");
    expect(said).toBeEmptyDOMElement();

    screen.getByRole("button", { name: "Add stage" }).focus();
    await user.keyboard("{Enter}");
    expect(said).toHaveTextContent(`Added the stage “${map.read().stages.at(-1)?.name}”.`);
    expect(screen.getByRole("button", { name: "Add stage" })).toHaveFocus();

    await user.selectOptions(screen.getByRole("combobox", { name: "Add lane…" }), "painPoints");
    // The new lane goes in above the lane behind the scenes, which stays at the bottom.
    expect(map.read().lanes.at(-1)?.kind).toBe("backstage");
    expect(said).toHaveTextContent(`Added the lane “${map.read().lanes.at(-2)?.name}”.`);
    map.store.destroy();
  });

  it("says it in German after a lane is chosen with the arrow keys and Enter", async () => {
    const map = makeMap();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <Toolbar />);
    const list = screen.getByRole("combobox", { name: "Zeile hinzufügen …" });
    list.focus();
    fireEvent.keyDown(list, { key: "ArrowDown" });
    fireEvent.change(list, { target: { value: "opportunities" } });
    fireEvent.keyUp(list, { key: "ArrowDown" });
    fireEvent.keyDown(list, { key: "Enter" });
    const lane = map.read().lanes.at(-2);
    expect(lane?.kind).toBe("opportunities");
    expect(screen.getByTestId("toolbar-said")).toHaveTextContent(`Zeile „${lane?.name}“ hinzugefügt.`);
    map.store.destroy();
  });
});

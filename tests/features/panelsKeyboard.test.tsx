// @vitest-environment jsdom
// The side panel's tabs and the editor's skip links by keyboard: the tabs are one Tab stop that the arrow keys,
// Home and End move through; the skip links jump past the toolbar into the map and past the map to the panel.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SkipLinks } from "../../src/app/SkipLinks";
import { SidePanel } from "../../src/features/panels";
import { makeMap, renderWithStore } from "./helpers";

describe("the side panel's tabs", () => {
  it("are one Tab stop; the arrow keys, Home and End choose and focus a tab", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <SidePanel />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.filter((t) => t.tabIndex === 0)).toEqual([screen.getByRole("tab", { name: "Inspector" })]);

    screen.getByRole("tab", { name: "Inspector" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Journey" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Journey" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Journey" })).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Checks" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Inspector" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("tab", { name: "Checks" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(map.store.getState().ui.panel).toBe("inspector");
    map.store.destroy();
  });
});

describe("the editor's skip links", () => {
  it("jump to the selected card on the map and to the panel's open tab", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(
      map.store,
      <>
        <SkipLinks />
        <button type="button">Add stage</button>
        <div className="react-flow">
          <div className="react-flow__node react-flow__node-card" tabIndex={0}>
            First card
          </div>
          <div className="react-flow__node react-flow__node-card selected" tabIndex={0}>
            Selected card
          </div>
        </div>
        <SidePanel />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "Skip to the map" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByText("Selected card")).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Skip to the details" }));
    expect(screen.getByRole("tab", { name: "Inspector" })).toHaveFocus();
    map.store.destroy();
  });
});

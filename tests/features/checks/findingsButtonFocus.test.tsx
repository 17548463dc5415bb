// @vitest-environment jsdom
// The findings button in the header opens the checks tab and moves the keyboard there, so a keyboard or screen
// reader user is told where the findings are and goes on with them; also when the tab was open already.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { HealthSummary } from "../../../src/features/checks";
import { SidePanel } from "../../../src/features/panels/SidePanel";
import { makeMap, renderWithStore } from "../helpers";

describe("the findings button in the header", () => {
  it("opens the checks tab with the focus on its heading", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(
      map.store,
      <>
        <HealthSummary />
        <SidePanel />
      </>,
    );
    screen.getByTestId("health-findings").focus();
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("checks-panel")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Checks", level: 2 })).toHaveFocus();
    await user.tab();
    expect(document.activeElement?.closest('[data-testid="finding"]')).not.toBeNull();

    screen.getByTestId("health-findings").focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Checks", level: 2 })).toHaveFocus();
    map.store.destroy();
  });
});

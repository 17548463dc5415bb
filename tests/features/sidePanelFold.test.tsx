// @vitest-environment jsdom
// The side panel folds away for a bigger canvas (a small laptop, a projector) and unfolds with its button, or as
// soon as something opens a panel: a comment thread, a finding, the journey's details. Keyboard users keep the
// focus on the button that takes it back, and the skip link to the details reaches it while folded.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { act } from "react";
import { SkipLinks } from "../../src/app/SkipLinks";
import { SidePanel } from "../../src/features/panels";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

afterEach(async () => {
  await act(() => i18n.changeLanguage("en"));
});

describe("the side panel", () => {
  it("folds and unfolds with its button, the focus on the button that takes it back", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <SidePanel />);
    await user.click(screen.getByRole("button", { name: "Hide the side panel" }));
    expect(screen.queryByRole("tabpanel")).toBeNull();
    expect(screen.queryByRole("tab")).toBeNull();
    const show = screen.getByRole("button", { name: "Show the side panel" });
    expect(show).toHaveFocus();
    expect(show).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tabpanel", { name: "Inspector" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Hide the side panel" })).toHaveFocus();
    map.store.destroy();
  });

  it("unfolds when a thread, a panel or a target is opened, and says so in German", async () => {
    const map = makeMap();
    renderWithStore(map.store, <SidePanel />);
    await act(() => i18n.changeLanguage("de"));
    const { actions } = map.store.getState();
    act(() => actions.setPanelHidden(true));
    expect(screen.getByRole("button", { name: "Seitenleiste einblenden" })).toBeInTheDocument();
    act(() => actions.setPanel("checks"));
    expect(screen.getByRole("tabpanel", { name: "Prüfungen" })).toBeInTheDocument();
    act(() => actions.setPanelHidden(true));
    act(() => actions.focusTarget({ kind: "map" }));
    expect(screen.getByRole("tabpanel", { name: "Journey" })).toBeInTheDocument();
    act(() => actions.setPanelHidden(true));
    act(() => actions.openThread("c1"));
    expect(map.store.getState().ui.panelHidden).toBe(false);
    expect(screen.getByRole("tab", { name: "Kommentare" })).toHaveAttribute("aria-selected", "true");
    // Opened by something else, the panel leaves the focus where it was.
    expect(screen.getByRole("button", { name: "Seitenleiste ausblenden" })).not.toHaveFocus();
    map.store.destroy();
  });

  it("is reached by the skip link to the details while folded", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(
      map.store,
      <>
        <SkipLinks />
        <SidePanel />
      </>,
    );
    act(() => map.store.getState().actions.setPanelHidden(true));
    await user.click(screen.getByRole("button", { name: "Skip to the details" }));
    expect(screen.getByRole("button", { name: "Show the side panel" })).toHaveFocus();
    map.store.destroy();
  });
});

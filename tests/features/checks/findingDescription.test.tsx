// @vitest-environment jsdom
// A finding's button to a screen reader: named by its severity, target and message, and described by what to do
// (in English and German), not by its tooltip, which repeated the message right after it.
import { act, cleanup, screen } from "@testing-library/react";
import { runChecks } from "../../../src/checks";
import { ChecksPanel } from "../../../src/features/checks";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

describe("a finding's button to a screen reader", () => {
  it("is described by what to do, not by the message again", () => {
    const map = makeMap();
    renderWithStore(map.store, <ChecksPanel />);
    const own = runChecks(map.read()).find((f) => f.rule === "touchpoint-without-measurement");
    if (!own) throw new Error("expected a touchpoint-without-measurement finding");
    const button = screen.getByRole("button", {
      name: new RegExp(`${own.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    });
    expect(button).toHaveAccessibleDescription(own.fix);
    expect(button).toHaveAttribute("title", `Go to this finding: ${own.message}`);
    map.store.destroy();
  });

  it("is described in German in a German interface", async () => {
    const map = makeMap();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <ChecksPanel />);
    const buttons = screen.getAllByRole("button");
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      const description = button.getAttribute("aria-describedby");
      expect(description).toBeTruthy();
      expect(button).not.toHaveAccessibleDescription(/^Zu diesem Befund gehen/);
      expect(document.getElementById(description ?? "")?.previousElementSibling).toHaveTextContent("Was zu tun ist");
    }
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// A finding about the whole journey opens the journey tab, which takes the keyboard focus (on the owner while the
// journey has none), so a keyboard user does not land on the top of the page with the finding's button gone.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { addCard, setJourneyFields } from "../../../src/doc/ops";
import { SidePanel } from "../../../src/features/panels/SidePanel";
import { makeMap, renderWithStore } from "../helpers";

describe("a finding about the whole journey", () => {
  it("opens the journey tab with the focus on the owner field while the owner is missing", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    map.store.getState().actions.setPanel("checks");
    renderWithStore(map.store, <SidePanel />);
    const finding = screen.getAllByTestId("finding").find((li) => li.dataset.rule === "no-journey-owner");
    if (!finding) throw new Error("expected a no-journey-owner finding");
    finding.querySelector("button")?.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("journey-panel")).toBeInTheDocument();
    expect(screen.getByLabelText("Journey owner")).toHaveFocus();
    await user.keyboard("Jürgen Groß");
    await user.tab();
    expect(map.read().owner).toBe("Jürgen Groß");
    map.store.destroy();
  });

  it("puts the focus on the title when the journey has its owner", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "Ich bezahle", { signatureInteraction: { reason: "überraschend" } });
    const { stageId, laneId } = map.read().cards[0]!;
    map.store.getState().actions.run((doc) => {
      setJourneyFields(doc, { owner: "Bärbel Müßig" });
      for (const n of [1, 2, 3])
        addCard(doc, { stageId, laneId, title: `Moment ${n}`, signatureInteraction: { reason: "ß" } });
    });
    map.store.getState().actions.setPanel("checks");
    renderWithStore(map.store, <SidePanel />);
    const finding = screen
      .getAllByTestId("finding")
      .find((li) => li.dataset.rule === "too-many-signature-interactions");
    if (!finding) throw new Error("expected a too-many-signature-interactions finding");
    finding.querySelector("button")?.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByLabelText("Title of the journey")).toHaveFocus();
    map.store.destroy();
  });
});

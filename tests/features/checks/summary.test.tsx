// @vitest-environment jsdom
// The journey-health summary in the editor header: coverage, moments of truth, signatures against the
// limit and open findings, live, in the interface's language; the findings open the checks panel.
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { journeyHealth, runChecks } from "../../../src/checks";
import { addCard, setMeasurement, updateCard } from "../../../src/doc/ops";
import { HealthSummary } from "../../../src/features/checks";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

describe("the journey-health summary", () => {
  it("shows measured touchpoints, measured moments of truth, signatures against the limit and open findings", () => {
    const map = makeMap("owner", "I order and pay in the web shop", {
      momentOfTruth: { reason: "I decide" },
      signatureInteraction: { reason: "one click" },
    });
    const journey = map.read();
    const tp = journey.lanes.find((l) => l.kind === "touchpoints")!;
    addCard(map.doc, { stageId: journey.stages[1]!.id, laneId: tp.id, title: "I get the invoice", channel: "email" });
    setMeasurement(map.doc, map.cardId, { metric: "CSAT" });
    renderWithStore(map.store, <HealthSummary />);

    expect(screen.getByTestId("health-coverage")).toHaveTextContent("Measured 1/2");
    expect(screen.getByTestId("health-coverage")).toHaveAttribute(
      "title",
      "Touchpoints with a measurement point: 1 of 2 (50 %)",
    );
    // Measured but without a target: the moment of truth does not count as measured.
    expect(screen.getByTestId("health-moments")).toHaveTextContent("Moments of truth 0/1");
    expect(screen.getByTestId("health-signatures")).toHaveTextContent("Signature 1/3");
    const open = journeyHealth(map.read(), runChecks(map.read())).openFindings;
    expect(screen.getByTestId("health-findings")).toHaveTextContent(`${open} findings`);
    map.store.destroy();
  });

  it("follows edits live and flags signatures over the limit", () => {
    const map = makeMap();
    renderWithStore(map.store, <HealthSummary />);
    expect(screen.getByTestId("health-coverage")).toHaveTextContent("Measured 0/1");
    const before = Number(/\d+/.exec(screen.getByTestId("health-findings").textContent ?? "")?.[0]);
    act(() => setMeasurement(map.doc, map.cardId, { metric: "CES", target: 5 }));
    expect(screen.getByTestId("health-coverage")).toHaveTextContent("Measured 1/1");
    expect(screen.getByTestId("health-findings")).toHaveTextContent(`${before - 1} findings`);

    const journey = map.read();
    const tp = journey.lanes.find((l) => l.kind === "touchpoints")!;
    act(() => {
      for (let i = 0; i < 4; i++) {
        const id = addCard(map.doc, { stageId: journey.stages[0]!.id, laneId: tp.id, title: `I get gift ${i}` });
        updateCard(map.doc, id, { signatureInteraction: { reason: "surprise" } });
      }
    });
    const signatures = screen.getByTestId("health-signatures");
    expect(signatures).toHaveTextContent("Signature 4/3");
    expect(signatures).toHaveClass("short");
    expect(signatures).toHaveAttribute("title", "Signature interactions: 4, more than the limit of 3");
    map.store.destroy();
  });

  it("opens the checks panel from the open findings", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <HealthSummary />);
    expect(map.store.getState().ui.panel).toBe("inspector");
    await user.click(screen.getByTestId("health-findings"));
    expect(map.store.getState().ui.panel).toBe("checks");
    map.store.destroy();
  });

  it("speaks German when the interface does", async () => {
    const map = makeMap();
    await act(() => i18n.changeLanguage("de"));
    try {
      renderWithStore(map.store, <HealthSummary />);
      expect(screen.getByRole("group", { name: "Zustand der Journey" })).toBeInTheDocument();
      expect(screen.getByTestId("health-coverage")).toHaveTextContent("Gemessen 0/1");
      // The lane kind is "Kontaktpunkte" in German, so the summary says the same word.
      expect(screen.getByTestId("health-coverage")).toHaveAttribute(
        "title",
        "Kontaktpunkte mit Messpunkt: 0 von 1 (0 %)",
      );
      expect(screen.getByTestId("health-findings")).toHaveTextContent(/\d+ Befunde/);
      expect(screen.getByTestId("health-findings")).toHaveAttribute("title", "Prüfungen öffnen");
    } finally {
      await act(() => i18n.changeLanguage("en"));
      map.store.destroy();
    }
  });
});

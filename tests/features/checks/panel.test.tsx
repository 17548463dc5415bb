// @vitest-environment jsdom
// The checks panel: the live findings of the map, most serious first, each with what, why and what to do,
// and a click that selects and centres the finding's card, stage or path step.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { runChecks } from "../../../src/checks";
import { loadJourney } from "../../../src/doc";
import { addCard, connect, setJourneyFields, setMeasurement, updateStage } from "../../../src/doc/ops";
import { ChecksPanel } from "../../../src/features/checks";
import { createMapStore } from "../../../src/store";
import { getTemplate, TEMPLATES } from "../../../src/templates";
import { makeMap, renderWithStore } from "../helpers";

const items = () => screen.queryAllByTestId("finding");

describe("the checks panel", () => {
  it("lists every finding of the map with what is wrong, why it matters and what to do", () => {
    const map = makeMap();
    renderWithStore(map.store, <ChecksPanel />);
    const findings = runChecks(map.read());
    expect(findings.length).toBeGreaterThan(2);
    expect(items()).toHaveLength(findings.length);
    expect(screen.getByTestId("checks-count")).toHaveTextContent(`${findings.length} open findings`);
    const own = findings.find((f) => f.rule === "touchpoint-without-measurement");
    if (!own) throw new Error("expected a touchpoint-without-measurement finding");
    const item = items().find((li) => li.dataset.rule === own.rule && li.dataset.target === map.cardId);
    if (!item) throw new Error("the card's finding is not listed");
    expect(item).toHaveTextContent('The touchpoint "I order and pay in the web shop" has no measurement point.');
    expect(within(item).getByText(own.why)).toBeInTheDocument();
    expect(within(item).getByText(own.fix)).toBeInTheDocument();
    expect(item).toHaveTextContent("Why it matters");
    expect(item).toHaveTextContent("What to do");
    map.store.destroy();
  });

  it("puts errors first, then the rest in map order from the whole journey to the last stage", () => {
    const map = makeMap("owner", "I order and pay in the web shop", { momentOfTruth: { reason: "I decide" } });
    renderWithStore(map.store, <ChecksPanel />);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Errors \(1\)/);
    expect(headings[1]).toMatch(/^Warnings/);
    const rules = items().map((li) => li.dataset.rule);
    expect(rules[0]).toBe("moment-of-truth-unmeasured");
    expect(rules[1]).toBe("no-journey-owner");
    const stageIds = map.read().stages.map((s) => s.id);
    const stageOrder = items()
      .filter((li) => li.dataset.rule === "stage-without-customer-goal")
      .map((li) => li.dataset.target);
    expect(stageOrder).toEqual(stageIds);
    map.store.destroy();
  });

  it("selects and centres a card when its finding is clicked, and marks that finding as the current one", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    map.store.getState().actions.setPanel("checks");
    renderWithStore(map.store, <ChecksPanel />);
    const item = items().find((li) => li.dataset.target === map.cardId && li.dataset.rule?.startsWith("touchpoint"));
    expect(within(item!).getByRole("button")).not.toHaveAttribute("aria-current");
    await user.click(within(item!).getByRole("button"));
    const { ui } = map.store.getState();
    expect(ui.selection.cards).toEqual([map.cardId]);
    expect(ui.focusRequest).toMatchObject({ kind: "card", id: map.cardId });
    expect(ui.panel).toBe("checks");
    expect(within(item!).getByRole("button")).toHaveAttribute("aria-current", "true");
    map.store.destroy();
  });

  it("selects a stage and a path step from their findings, and opens the journey for a journey finding", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    const journey = map.read();
    const tp = journey.lanes.find((l) => l.kind === "touchpoints")!;
    const letter = addCard(map.doc, {
      stageId: journey.stages[1]!.id,
      laneId: tp.id,
      title: "I get a letter",
      channel: "letter",
    });
    const connection = connect(map.doc, map.cardId, letter);
    renderWithStore(map.store, <ChecksPanel />);

    const brk = items().find((li) => li.dataset.rule === "channel-break");
    expect(brk).toHaveTextContent("(Web)");
    expect(brk).toHaveTextContent("letter");
    await user.click(within(brk!).getByRole("button"));
    expect(map.store.getState().ui.selection.connections).toEqual([connection]);
    expect(map.store.getState().ui.focusRequest).toMatchObject({ kind: "connection", id: connection });

    const stage = items().find((li) => li.dataset.rule === "stage-without-customer-goal");
    await user.click(within(stage!).getByRole("button"));
    expect(map.store.getState().ui.selection.stages).toEqual([journey.stages[0]!.id]);

    const owner = items().find((li) => li.dataset.rule === "no-journey-owner");
    await user.click(within(owner!).getByRole("button"));
    expect(map.store.getState().ui.focusRequest).toMatchObject({ kind: "map" });
    expect(map.store.getState().ui.panel).toBe("journey");
    map.store.destroy();
  });

  it("follows edits live: a measurement point, an owner and a goal close their findings", () => {
    const map = makeMap();
    renderWithStore(map.store, <ChecksPanel />);
    const before = items().length;
    expect(items().some((li) => li.dataset.target === map.cardId)).toBe(true);
    act(() => setMeasurement(map.doc, map.cardId, { metric: "CSAT", target: 4 }));
    expect(items().some((li) => li.dataset.target === map.cardId)).toBe(false);
    act(() => setJourneyFields(map.doc, { owner: "Head of Sales" }));
    act(() => updateStage(map.doc, map.read().stages[0]!.id, { customerGoal: "I want to pick a plan" }));
    expect(items()).toHaveLength(before - 3);
    map.store.destroy();
  });

  it("says the map reads from the customer's view when there is nothing to find", () => {
    const journey = getTemplate(TEMPLATES[0]!.id, "en")!;
    const doc = new Y.Doc();
    loadJourney(doc, journey);
    const store = createMapStore({ doc, role: "viewer" });
    renderWithStore(store, <ChecksPanel />);
    expect(items()).toHaveLength(0);
    expect(screen.getByTestId("checks-count")).toHaveTextContent(
      "No findings: the map reads from the customer's view.",
    );
    store.destroy();
  });

  it("writes the findings of a German map in the interface's language, like the rest of the panel", () => {
    const map = makeMap();
    act(() => setJourneyFields(map.doc, { language: "de" }));
    renderWithStore(map.store, <ChecksPanel />);
    const item = items().find(
      (li) => li.dataset.target === map.cardId && li.dataset.rule === "touchpoint-without-measurement",
    );
    expect(item).toHaveTextContent('The touchpoint "I order and pay in the web shop" has no measurement point.');
    expect(item).toHaveTextContent("Why it matters");
    expect(within(item!).getByText(/touchpoint/, { selector: ".finding-message" })).toHaveAttribute("lang", "en");
    map.store.destroy();
  });
});

// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../src/features/inspector";
import { addCard, connect } from "../../src/doc/ops";
import { makeMap, renderWithStore } from "./helpers";

describe("the inspector", () => {
  it("sets a card's measurement point from what the user types", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);

    await user.click(screen.getByRole("button", { name: "Add measurement point" }));
    await user.selectOptions(screen.getByLabelText("Metric"), "NPS");
    await user.type(screen.getByLabelText("Target"), "42");
    await user.type(screen.getByLabelText("Question to the customer"), "How likely are you to recommend us?");
    await user.selectOptions(screen.getByLabelText("Kind"), "brand");

    const card = map.read().cards.find((c) => c.id === map.cardId);
    expect(card?.measurement).toMatchObject({
      metric: "NPS",
      target: 42,
      question: "How likely are you to recommend us?",
      kind: "brand",
    });
    map.store.destroy();
  });

  it("refuses a target that is not a number with a sentence and keeps the old target", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "I pay", { measurement: { metric: "CSAT", target: 4 } });
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);

    const target = screen.getByLabelText("Target");
    await user.clear(target);
    await user.type(target, "four");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("The target must be a number");
    expect(map.read().cards[0]?.measurement?.target).toBe(4);
    map.store.destroy();
  });

  it("marks a card as a moment of truth with its reason", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);

    await user.click(screen.getByLabelText("Moment of truth"));
    await user.type(screen.getByLabelText("Why this moment decides loyalty"), "Paying is where trust is won");
    await user.tab();
    expect(map.read().cards[0]?.momentOfTruth).toEqual({ reason: "Paying is where trust is won" });
    map.store.destroy();
  });

  it("adds and removes an observed value", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "I pay", { measurement: { metric: "CSAT", target: 4 } });
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);

    await user.clear(screen.getByLabelText("Date"));
    await user.type(screen.getByLabelText("Date"), "2026-10-01");
    await user.type(screen.getByLabelText("Value"), "3.8");
    await user.type(screen.getByLabelText("Number of answers"), "120");
    await user.click(screen.getByRole("button", { name: "Add value" }));
    expect(map.read().cards[0]?.measurement?.observations).toEqual([{ date: "2026-10-01", value: 3.8, n: 120 }]);

    await user.click(screen.getByRole("button", { name: "Remove the value of Oct 1, 2026" }));
    expect(map.read().cards[0]?.measurement?.observations).toEqual([]);
    map.store.destroy();
  });

  it("labels a step of the customer's path and removes it", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    const next = addCard(map.doc, {
      stageId: map.journey.stages[1]!.id,
      laneId: map.journey.lanes[1]!.id,
      title: "I get the SIM",
    });
    const id = connect(map.doc, map.cardId, next);
    map.store.getState().actions.select({ connections: [id] });
    renderWithStore(map.store, <Inspector />);

    expect(screen.getByText("I order and pay in the web shop → I get the SIM")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Label"), "after payment");
    await user.tab();
    expect(map.read().connections[0]?.label).toBe("after payment");
    await user.click(screen.getByRole("button", { name: "Remove this step" }));
    expect(map.read().connections).toEqual([]);
    map.store.destroy();
  });
});

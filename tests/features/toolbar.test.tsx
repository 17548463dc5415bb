// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toolbar } from "../../src/features/toolbar";
import { JourneyPanel } from "../../src/features/journey/JourneyPanel";
import { i18n, LANGUAGE_KEY } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

afterEach(async () => {
  await act(() => i18n.changeLanguage("en"));
  localStorage.clear();
});

describe("the toolbar", () => {
  it("adds a stage and a card in the active cell, then undoes and redoes the card", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);

    await user.click(screen.getByRole("button", { name: "Add stage" }));
    expect(map.read().stages).toHaveLength(4);

    // Without a chosen cell it looks disabled and says why when pressed (addCardWhy.test.tsx).
    expect(screen.getByRole("button", { name: "Add card" })).toHaveAttribute("aria-disabled", "true");
    const cell = { stageId: map.journey.stages[1]!.id, laneId: map.journey.lanes[0]!.id };
    act(() => map.store.getState().actions.setActiveCell(cell));
    await user.click(screen.getByRole("button", { name: "Add card" }));
    expect(map.read().cards.filter((c) => c.stageId === cell.stageId && c.laneId === cell.laneId)).toHaveLength(1);

    // Adding the stage and the card may merge into one undo step; either way the card goes.
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(map.read().cards.filter((c) => c.stageId === cell.stageId)).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Redo" }));
    expect(map.read().cards.filter((c) => c.stageId === cell.stageId)).toHaveLength(1);
    map.store.destroy();
  });

  it("switches the interface to German and remembers the choice", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <Toolbar />);
    await user.selectOptions(screen.getByLabelText("Interface language"), "de");
    expect(await screen.findByRole("button", { name: "Phase hinzufügen" })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("de");
    map.store.destroy();
  });
});

describe("the journey panel", () => {
  it("edits the owner and the persona's goals, one per line", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <JourneyPanel />);
    await user.type(screen.getByLabelText("Journey owner"), "Head of Sales");
    await user.type(screen.getByLabelText("Goals"), "Pay less{Enter}Keep my number");
    await user.tab();
    const journey = map.read();
    expect(journey.owner).toBe("Head of Sales");
    expect(journey.persona?.goals).toEqual(["Pay less", "Keep my number"]);
    map.store.destroy();
  });

  it("refuses an empty title with a sentence and keeps the old one", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <JourneyPanel />);
    await user.clear(screen.getByLabelText("Title of the journey"));
    await user.tab();
    expect(map.read().title).toBe("Phone plan");
    // The sentence stands by the field, which keeps what was typed until it is fixed or given up.
    expect(screen.getByRole("alert")).toHaveTextContent("This cannot be empty.");
    expect(screen.getByLabelText("Title of the journey")).toHaveValue("");
    await user.click(screen.getByLabelText("Title of the journey"));
    await user.keyboard("{Escape}");
    expect(screen.getByLabelText("Title of the journey")).toHaveValue("Phone plan");
    map.store.destroy();
  });
});

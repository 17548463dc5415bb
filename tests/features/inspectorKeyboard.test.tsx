// @vitest-environment jsdom
// The measurement point by keyboard and screen reader: adding or removing it keeps the focus in the section,
// and a refused observed value marks the field it is about and points at the reason.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../src/features/inspector";
import { makeMap, renderWithStore } from "./helpers";

describe("the measurement point by keyboard", () => {
  it("moves the focus to the metric after adding the point, and to Add after removing it", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);

    screen.getByRole("button", { name: "Add measurement point" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().cards[0]?.measurement?.metric).toBeDefined();
    expect(screen.getByRole("combobox", { name: "Metric" })).toHaveFocus();

    screen.getByRole("button", { name: "Remove measurement point" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().cards[0]?.measurement).toBeUndefined();
    expect(screen.getByRole("button", { name: "Add measurement point" })).toHaveFocus();
    map.store.destroy();
  });

  it("ties a refused value and a refused number of answers to their fields", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "I pay", { measurement: { metric: "CSAT", target: 4 } });
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);
    const value = screen.getByRole("textbox", { name: "Value" });
    const answers = screen.getByRole("textbox", { name: "Number of answers" });

    await user.type(value, "good");
    await user.click(screen.getByRole("button", { name: "Add value" }));
    expect(value).toHaveAttribute("aria-invalid", "true");
    expect(value).toHaveAccessibleDescription("The value must be a number.");
    expect(answers).not.toHaveAttribute("aria-invalid");

    await user.clear(value);
    await user.type(value, "4,1");
    await user.type(answers, "-3");
    await user.click(screen.getByRole("button", { name: "Add value" }));
    expect(value).not.toHaveAttribute("aria-invalid");
    expect(answers).toHaveAttribute("aria-invalid", "true");
    expect(answers).toHaveAccessibleDescription("The number of answers must be a whole number of 0 or more.");
    expect(map.read().cards[0]?.measurement?.observations ?? []).toEqual([]);

    await user.clear(answers);
    await user.click(screen.getByRole("button", { name: "Add value" }));
    expect(answers).not.toHaveAttribute("aria-invalid");
    expect(map.read().cards[0]?.measurement?.observations?.[0]?.value).toBe(4.1);
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Ctrl+Z right after ticking a mark or choosing from a drop-down undoes it, with the focus still there. The map's
// keys leave form fields alone, and these fields have no typing of their own to undo, so the key did nothing.
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("undo from the keyboard on a checkbox or a drop-down", () => {
  it("takes back the mark just ticked and the channel just chosen, and redoes them", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich melde den Schaden in der App", { channel: "app" });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);

    const mark = screen.getByRole("checkbox", { name: "Moment der Wahrheit" });
    await user.click(mark);
    expect(map.read().cards[0]?.momentOfTruth).toEqual({ reason: "" });
    await user.keyboard("{Control>}z{/Control}");
    expect(map.read().cards[0]?.momentOfTruth).toBeUndefined();
    expect(mark).not.toBeChecked();
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(map.read().cards[0]?.momentOfTruth).toEqual({ reason: "" });

    const channel = screen.getByLabelText("Kanal");
    await user.selectOptions(channel, "email");
    expect(map.read().cards[0]?.channel).toBe("email");
    channel.focus();
    await user.keyboard("{Control>}z{/Control}");
    expect(map.read().cards[0]?.channel).toBe("app");
    await user.keyboard("{Control>}y{/Control}");
    expect(map.read().cards[0]?.channel).toBe("email");
    map.store.destroy();
  });

  it("gives up options stepped to and not saved before it undoes anything", async () => {
    const map = makeMap("editor", "Ich melde den Schaden in der App", { channel: "app" });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const channel = screen.getByLabelText("Kanal");
    fireEvent.change(channel, { target: { value: "email" } });
    fireEvent.keyDown(channel, { key: "ArrowDown" });
    fireEvent.change(channel, { target: { value: "phone" } });
    fireEvent.keyUp(channel, { key: "ArrowDown" });

    fireEvent.keyDown(channel, { key: "z", ctrlKey: true });
    expect(channel).toHaveValue("email");
    expect(map.read().cards[0]?.channel).toBe("email");
    fireEvent.keyDown(channel, { key: "z", ctrlKey: true });
    expect(map.read().cards[0]?.channel).toBe("app");
    map.store.destroy();
  });
});

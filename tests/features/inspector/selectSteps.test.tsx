// @vitest-environment jsdom
// Stepping a closed drop-down with the arrow keys changes it once per option passed: the options stepped through
// wait as a draft, saved once when the field is left or on Enter (one undo step), and given up with Escape. A
// choice from the open list (a change with no key before it) is saved at once.
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

/** What Chromium does for an arrow key on a closed drop-down: the key, the change to the next option, the key up. */
function step(select: HTMLElement, to: string) {
  fireEvent.keyDown(select, { key: "ArrowDown" });
  fireEvent.change(select, { target: { value: to } });
  fireEvent.keyUp(select, { key: "ArrowDown" });
}

async function open() {
  const map = makeMap("editor", "Ich rufe die Hotline an", { channel: "phone" });
  await act(() => i18n.changeLanguage("de"));
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  return { map, channel: screen.getByLabelText("Kanal") };
}

describe("a drop-down stepped with the arrow keys", () => {
  it("saves the option it rests on once, when the field is left, as one undo step", async () => {
    const { map, channel } = await open();
    channel.focus();
    step(channel, "chat");
    step(channel, "branch");
    step(channel, "letter");
    expect(channel).toHaveValue("letter");
    expect(map.read().cards[0]?.channel).toBe("phone");

    fireEvent.blur(channel);
    expect(map.read().cards[0]?.channel).toBe("letter");
    act(() => map.store.getState().actions.undo());
    expect(map.read().cards[0]?.channel).toBe("phone");
    map.store.destroy();
  });

  it("saves on Enter, gives the steps up on Escape, and saves a choice from the open list at once", async () => {
    const { map, channel } = await open();
    step(channel, "chat");
    fireEvent.keyDown(channel, { key: "Enter" });
    expect(map.read().cards[0]?.channel).toBe("chat");

    step(channel, "branch");
    fireEvent.keyDown(channel, { key: "Escape" });
    expect(channel).toHaveValue("chat");
    fireEvent.blur(channel);
    expect(map.read().cards[0]?.channel).toBe("chat");

    fireEvent.change(channel, { target: { value: "app" } });
    expect(map.read().cards[0]?.channel).toBe("app");
    map.store.destroy();
  });
});

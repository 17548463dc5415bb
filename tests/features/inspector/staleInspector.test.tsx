// @vitest-environment jsdom
// The inspector is drawn a moment after the canvas shows a new selection. Meanwhile the previous card's inspector
// is inert: nothing can be typed or focused in it for the wrong card. Once the new one is drawn, it is not.
import { act, cleanup, screen } from "@testing-library/react";
import { Inspector } from "../../../src/features/inspector";
import { addCard } from "../../../src/doc/ops";
import { makeMap, renderWithStore } from "../helpers";

afterEach(() => cleanup());

/** Runs `steps` with React told it is not in a test's act, so its renders happen when a page's would. */
async function outsideAct(steps: () => Promise<void>): Promise<void> {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
  const previous = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await steps();
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}

/** A map with two cards in one cell, the first selected and its inspector drawn. */
function twoCardsInspected() {
  const map = makeMap("owner", "Ich vergleiche Tarife");
  const first = map.read().cards[0]!;
  const second = addCard(map.doc, { stageId: first.stageId, laneId: first.laneId, title: "Ich wechsle den Tarif" });
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);
  const frame = screen.getByTestId("inspector-frame");
  const title = () => (screen.getByTestId("card-title-field") as HTMLInputElement).value;
  return { map, second, frame, title };
}

describe("the inspector between a new selection and its drawing", () => {
  it("leaves the previous card's inspector inert, and the new card's one not", async () => {
    const { map, second, frame, title } = twoCardsInspected();
    expect(title()).toBe("Ich vergleiche Tarife");
    expect(frame).not.toHaveAttribute("inert");

    // Outside act, as a click does: the selection's own render first, the inspector's deferred one a task later.
    await outsideAct(async () => {
      map.store.getState().actions.select({ cards: [second] });
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect(title()).toBe("Ich vergleiche Tarife");
      expect(frame).toHaveAttribute("inert");
      expect(frame).toHaveAttribute("aria-busy", "true");
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await act(async () => {});
    expect(title()).toBe("Ich wechsle den Tarif");
    expect(frame).not.toHaveAttribute("inert");
    expect(frame).not.toHaveAttribute("aria-busy");
    map.store.destroy();
  });

  it("stays open to typing when the card selected is chosen again (a new selection object, the same card)", async () => {
    const map = makeMap("owner", "Ich vergleiche Tarife");
    map.store.getState().actions.select({ cards: [map.cardId] });
    renderWithStore(map.store, <Inspector />);
    const field = screen.getByTestId("card-title-field");
    field.focus();
    await outsideAct(async () => {
      map.store.getState().actions.select({ cards: [map.cardId] });
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect(screen.getByTestId("inspector-frame")).not.toHaveAttribute("inert");
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await act(async () => {});
    expect(document.activeElement).toBe(field);
    map.store.destroy();
  });

  it("is drawn at once when Tab is pressed meanwhile, so the focus can go into it instead of past it", async () => {
    const { map, second, frame, title } = twoCardsInspected();

    await outsideAct(async () => {
      map.store.getState().actions.select({ cards: [second] });
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect(frame).toHaveAttribute("inert");
      // The keydown's own handling, before the browser's default action moves the focus.
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true }));
      expect(title()).toBe("Ich wechsle den Tarif");
      expect(frame).not.toHaveAttribute("inert");
      expect(frame).not.toHaveAttribute("aria-busy");
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await act(async () => {});

    // Later selections are drawn after the canvas again, the previous inspector inert meanwhile.
    await outsideAct(async () => {
      map.store.getState().actions.select({ cards: [map.cardId] });
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect(title()).toBe("Ich wechsle den Tarif");
      expect(frame).toHaveAttribute("inert");
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await act(async () => {});
    expect(title()).toBe("Ich vergleiche Tarife");
    map.store.destroy();
  });
});

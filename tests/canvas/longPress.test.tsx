// @vitest-environment jsdom
// A finger's long press on a card, event by event, as browsers differ in sending them: Chromium sends no move within
// its own slop, other browsers send a finger's tremble, which must not reach the card's drag (tests/e2e/touchSelect
// drives the whole gesture in Chromium).
import { act, fireEvent, render, screen } from "@testing-library/react";
import { LONG_PRESS_MS, useLongPress } from "../../src/canvas/useLongPress";

function Card({ onLongPress }: { onLongPress: () => void }) {
  const press = useLongPress(onLongPress);
  return (
    <div data-testid="card" {...press}>
      <span data-testid="title">I compare two plans</span>
      <button type="button">2 comments</button>
    </div>
  );
}

/** The card in an element that listens as React Flow's drag does: natively, on the node around the card. */
function setup() {
  const onLongPress = vi.fn();
  const { container } = render(
    <div data-testid="node">
      <Card onLongPress={onLongPress} />
    </div>,
  );
  const drag: string[] = [];
  const node = container.querySelector<HTMLElement>('[data-testid="node"]')!;
  for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
    node.addEventListener(type, () => drag.push(type));
  return { onLongPress, drag, title: screen.getByTestId("title") };
}

const finger = (target: Element, x: number, y: number) => ({ identifier: 0, target, clientX: x, clientY: y });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a long press on a card", () => {
  it("runs after half a second held still, and takes the finger from the card's drag", () => {
    const { onLongPress, drag, title } = setup();
    const down = finger(title, 100, 50);
    fireEvent.touchStart(title, { touches: [down], changedTouches: [down] });
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS - 1));
    expect(onLongPress).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onLongPress).toHaveBeenCalledTimes(1);
    expect(drag).toEqual(["touchstart", "touchcancel"]);
    // Lifted, it is no tap: the browser's click (selecting the card alone) is prevented.
    expect(fireEvent.touchEnd(title, { touches: [], changedTouches: [down] })).toBe(false);
  });

  it("keeps a finger's tremble from the card's drag, and a move past a few pixels is a drag instead", () => {
    const { onLongPress, drag, title } = setup();
    const down = finger(title, 100, 50);
    fireEvent.touchStart(title, { touches: [down], changedTouches: [down] });
    const tremble = finger(title, 105, 46);
    fireEvent.touchMove(title, { touches: [tremble], changedTouches: [tremble] });
    expect(drag).toEqual(["touchstart"]);
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));
    expect(onLongPress).toHaveBeenCalledTimes(1);

    fireEvent.touchEnd(title, { touches: [], changedTouches: [tremble] });
    const again = finger(title, 100, 50);
    fireEvent.touchStart(title, { touches: [again], changedTouches: [again] });
    const away = finger(title, 112, 50);
    fireEvent.touchMove(title, { touches: [away], changedTouches: [away] });
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));
    expect(onLongPress).toHaveBeenCalledTimes(1);
    expect(drag.slice(-2)).toEqual(["touchstart", "touchmove"]);
    // A tap after a drag is still a tap.
    expect(fireEvent.touchEnd(title, { touches: [], changedTouches: [away] })).toBe(true);
  });

  it("opens no context menu while held or after, and leaves the menu alone where no finger pressed", () => {
    const { title } = setup();
    expect(fireEvent.contextMenu(title)).toBe(true);
    const down = finger(title, 100, 50);
    fireEvent.touchStart(title, { touches: [down], changedTouches: [down] });
    expect(fireEvent.contextMenu(title)).toBe(false);
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));
    fireEvent.touchEnd(title, { touches: [], changedTouches: [down] });
    expect(fireEvent.contextMenu(title)).toBe(false);
  });

  it("is no long press with a second finger, when lifted early, or on what takes its own press", () => {
    const { onLongPress, title } = setup();
    const one = finger(title, 100, 50);
    const two = { ...finger(title, 160, 50), identifier: 1 };
    fireEvent.touchStart(title, { touches: [one], changedTouches: [one] });
    fireEvent.touchStart(title, { touches: [one, two], changedTouches: [two] });
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));
    fireEvent.touchEnd(title, { touches: [], changedTouches: [one, two] });

    fireEvent.touchStart(title, { touches: [one], changedTouches: [one] });
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS / 2));
    fireEvent.touchEnd(title, { touches: [], changedTouches: [one] });
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));

    const badge = screen.getByRole("button");
    const onBadge = finger(badge, 200, 50);
    fireEvent.touchStart(badge, { touches: [onBadge], changedTouches: [onBadge] });
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));
    expect(onLongPress).not.toHaveBeenCalled();
  });
});

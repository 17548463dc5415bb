// A finger held still on a card: the touch screen's Shift-click. After half a second the card goes into the selection
// (or out of it), the finger is taken from the card's drag, and neither a click nor the browser's menu follows.
import { useEffect, useRef, type MouseEvent, type TouchEvent } from "react";

/** How long a finger rests on a card for a long press, as touch screens time their own. */
export const LONG_PRESS_MS = 500;
/** How far a resting finger may wander (screen pixels) before its press is a drag or a pan instead. */
export const LONG_PRESS_SLOP = 8;

/** What takes a press of its own on a card: a dot starts a path, a badge opens its thread, a field is typed into. */
const OWN_PRESS = ".react-flow__handle, button, a, input, textarea, [contenteditable]";

interface Press {
  touch: Touch;
  timer: number;
}

export interface LongPressHandlers {
  onTouchStartCapture(event: TouchEvent): void;
  onTouchMoveCapture(event: TouchEvent): void;
  onTouchEndCapture(event: TouchEvent): void;
  onTouchCancelCapture(): void;
  onContextMenu(event: MouseEvent): void;
}

/**
 * Handlers for a card's element. They listen in the capture phase: React Flow's drag stops a touch from reaching
 * anything above the card. `onLongPress` runs while the finger is still down, so what it changes shows at once.
 */
export function useLongPress(onLongPress: () => void): LongPressHandlers {
  const press = useRef<Press | null>(null);
  // A long press happened in this touch: no menu opens for it, also when the browser opens one as the finger lifts.
  const pressed = useRef(false);
  const callback = useRef(onLongPress);
  useEffect(() => {
    callback.current = onLongPress;
  }, [onLongPress]);

  const stop = () => {
    if (press.current) window.clearTimeout(press.current.timer);
    press.current = null;
  };
  useEffect(() => stop, []);

  return {
    onTouchStartCapture(event) {
      stop();
      pressed.current = false;
      const native = event.nativeEvent;
      const touch = native.changedTouches[0];
      if (native.touches.length !== 1 || !touch) return;
      if (event.target instanceof Element && event.target.closest(OWN_PRESS)) return;
      const timer = window.setTimeout(() => {
        const held = press.current;
        press.current = null;
        if (!held) return;
        pressed.current = true;
        // The card's drag (and, on a view link, the map's pan) lets go of the finger: its moves now move nothing.
        held.touch.target.dispatchEvent(
          new globalThis.TouchEvent("touchcancel", {
            bubbles: true,
            cancelable: true,
            changedTouches: [held.touch],
            touches: [],
          }),
        );
        callback.current();
      }, LONG_PRESS_MS);
      press.current = { touch, timer };
    },
    onTouchMoveCapture(event) {
      const held = press.current;
      if (!held) return;
      const native = event.nativeEvent;
      const touch = [...native.touches].find((t) => t.identifier === held.touch.identifier);
      const away = touch
        ? Math.hypot(touch.clientX - held.touch.clientX, touch.clientY - held.touch.clientY)
        : Infinity;
      if (native.touches.length > 1 || away > LONG_PRESS_SLOP) {
        stop();
        return;
      }
      // A finger's tremble: the card's drag starts at the first pixel and would move it, ending the long press.
      event.stopPropagation();
    },
    onTouchEndCapture(event) {
      stop();
      // Nor is it a tap: the browser would click (select this card alone) and, after another press, double-click
      // (edit its title).
      if (pressed.current && event.cancelable) event.preventDefault();
    },
    onTouchCancelCapture: stop,
    onContextMenu(event) {
      if (press.current || pressed.current) event.preventDefault();
    },
  };
}

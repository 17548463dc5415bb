// My view in my presence, and a colleague's view on my canvas while I follow them. The view goes out with the
// presence's throttle (PRESENCE_INTERVAL_MS); a followed view glides there frame by frame through React Flow's
// viewport, so no card is drawn again for it. Following stops as soon as the view moves by anything else (a pan, a
// zoom, a scroll, the zoom buttons, a card centred for me), as a card is dragged, the keyboard moves the focus on the
// map, or Escape is pressed.
import { useCallback, useEffect, type RefObject } from "react";
import { useReactFlow, useStoreApi, type ReactFlowState } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_INTERVAL_MS, setLocalPresence, type ViewRect } from "../sync";
import { followedBy, leaderView, onLeaderView, stopFollowing, useFollowState } from "../features/presence/follow";
import { fitRect, glide, shownRect } from "./followView";
import type { Viewport } from "./fitPadding";

/** A followed view glides over two presence intervals: smooth between updates, never far behind. */
const GLIDE_MS = 2 * PRESENCE_INTERVAL_MS;

const viewportOf = (s: ReactFlowState): Viewport => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2] });
const sizeOf = (s: ReactFlowState) => ({ width: s.width, height: s.height });
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Keyboard focus (not a click) on a card, header or path: the keyboard is moving across the map. */
function keyboardOnMap(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || !target.closest(".react-flow__node, .react-flow__edge")) return false;
  try {
    return target.matches(":focus-visible");
  } catch {
    return false;
  }
}

/**
 * Publishes my view and shows the view of whom I follow; returns what stops following (for a card drag's start).
 * `canvas` holds the canvas, whose keyboard focus ends following; `limits` are the canvas's zoom limits.
 */
export function useFollow(
  awareness: Awareness,
  canvas: RefObject<HTMLElement | null>,
  limits: { min: number; max: number },
): () => void {
  const flowStore = useStoreApi();
  const { setViewport } = useReactFlow();
  const leaderId = useFollowState(awareness).leader?.clientId ?? null;
  const { min, max } = limits;

  // What my page shows, for those who follow me; while I follow someone, their rectangle (I see it whole), so two
  // people who follow each other stay where they are instead of zooming out a little more with each round.
  useEffect(() => {
    let sent = "";
    const publish = (): void => {
      const s = flowStore.getState();
      const rect: ViewRect | null =
        (leaderId === null ? null : leaderView(awareness)) ?? shownRect(viewportOf(s), sizeOf(s));
      if (!rect) return;
      const key = `${rect.x},${rect.y},${rect.width},${rect.height}`;
      if (key === sent) return;
      sent = key;
      setLocalPresence(awareness, { view: rect });
    };
    publish();
    let before = flowStore.getState();
    const unsubscribe = flowStore.subscribe((s) => {
      const changed = s.transform !== before.transform || s.width !== before.width || s.height !== before.height;
      before = s;
      if (changed) publish();
    });
    const offView = onLeaderView(awareness, publish);
    return () => {
      unsubscribe();
      offView();
    };
  }, [awareness, flowStore, leaderId]);

  useEffect(() => {
    if (leaderId === null) return;
    // The viewport this page set last: a transform that is not it was made by something else, which ends following.
    let expected: Viewport | null = null;
    let frame = 0;
    const goTo = (view: ViewRect): void => {
      const state = flowStore.getState();
      const size = sizeOf(state);
      if (!(size.width > 0 && size.height > 0)) return;
      const from = viewportOf(state);
      const to = fitRect(view, size, { min, max });
      const started = performance.now();
      cancelAnimationFrame(frame);
      const step = (now: number): void => {
        if (followedBy(awareness)?.clientId !== leaderId) return;
        const t = Math.min(1, Math.max(0, (now - started) / GLIDE_MS));
        const next = glide(from, to, t, sizeOf(flowStore.getState()));
        expected = next;
        void setViewport(next);
        if (t < 1) frame = requestAnimationFrame(step);
      };
      frame = requestAnimationFrame(step);
    };
    const stop = (): void => stopFollowing(awareness);

    let before = flowStore.getState();
    const unsubscribe = flowStore.subscribe((s) => {
      const moved = s.transform !== before.transform;
      const resized = s.width !== before.width || s.height !== before.height;
      before = s;
      const [x, y, zoom] = s.transform;
      const mine = expected !== null && near(x, expected.x) && near(y, expected.y) && near(zoom, expected.zoom);
      if (moved && !mine) {
        stop();
        return;
      }
      const view = leaderView(awareness);
      if (resized && view) goTo(view);
    });
    const offView = onLeaderView(awareness, goTo);
    const first = leaderView(awareness);
    if (first) goTo(first);

    const onKey = (e: KeyboardEvent): void => {
      if (e.key === "Escape") stop();
    };
    const onFocus = (e: FocusEvent): void => {
      if (keyboardOnMap(e.target)) stop();
    };
    const root = canvas.current;
    document.addEventListener("keydown", onKey, true);
    root?.addEventListener("focusin", onFocus);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      offView();
      document.removeEventListener("keydown", onKey, true);
      root?.removeEventListener("focusin", onFocus);
    };
  }, [awareness, canvas, flowStore, leaderId, min, max, setViewport]);

  return useCallback(() => stopFollowing(awareness), [awareness]);
}

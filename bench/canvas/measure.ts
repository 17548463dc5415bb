// In-page measurements: when the last card appeared (a MutationObserver counting card nodes from navigation
// start), frame times of a real mouse drag (requestAnimationFrame), and the JS heap after a GC (CDP).
import type { BrowserContext, Page } from "playwright-core";
import { percentile } from "../lib/stats";

declare global {
  interface Window {
    __bench: {
      selector: string;
      count: number;
      lastCardAt: number;
      busyEndAt: number;
      frames: number[];
      recording: boolean;
    };
  }
}

/**
 * Runs before any page script: records the time the number of card nodes last grew, and the time an element
 * stopped being aria-busy (ours: the editor while it shows the server's snapshot of the map, not yet editable).
 */
export function recorderScript(selector: string): string {
  return `(() => {
    const b = (window.__bench = { selector: ${JSON.stringify(selector)}, count: 0, lastCardAt: 0, busyEndAt: 0, frames: [], recording: false });
    const count = (records) => {
      for (const r of records) {
        if (r.type === "attributes" && r.oldValue === "true" && !r.target.hasAttribute("aria-busy")) b.busyEndAt = performance.now();
      }
      const n = document.querySelectorAll(b.selector).length;
      if (n > b.count) b.lastCardAt = performance.now();
      b.count = n;
    };
    new MutationObserver(count).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["aria-busy"],
      attributeOldValue: true,
    });
  })();`;
}

export interface Render {
  /** Milliseconds from navigation start to the last card node added. */
  renderMs: number;
  /** Milliseconds from navigation start to the map being editable: the render, or the end of aria-busy if later. */
  editableMs: number;
  /** Wall-clock epoch ms of that moment, to compare with when the test asked for the page. */
  lastCardEpoch: number;
  cards: number;
}

/** Waits until cards are on screen, their number has not grown for `quietMs`, and nothing is aria-busy. */
export async function waitRendered(page: Page, quietMs = 1500, timeoutMs = 60_000): Promise<Render> {
  await page.waitForFunction(
    (quiet) =>
      window.__bench.count > 0 &&
      performance.now() - window.__bench.lastCardAt > quiet &&
      document.querySelector("[aria-busy='true']") === null,
    quietMs,
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => ({
    renderMs: window.__bench.lastCardAt,
    editableMs: Math.max(window.__bench.lastCardAt, window.__bench.busyEndAt),
    lastCardEpoch: performance.timeOrigin + window.__bench.lastCardAt,
    cards: window.__bench.count,
  }));
}

export interface Drag {
  p50: number;
  p95: number;
  dropped: number;
  frames: number;
  /** React Flow marked the node as dragging: the drag was real. */
  dragged: boolean;
}

const FRAME_MS = 1000 / 60;
const HOVER_MS = 250;

/** Drags the card nearest the middle of the viewport 240 px right and 120 px down in 60 mouse moves. */
export async function dragFrames(page: Page, steps = 60): Promise<Drag> {
  // Page functions go in as source text: tsx would wrap named inner functions in a helper the page lacks.
  const start = (await page.evaluate(`(() => {
    const cx = innerWidth / 2;
    const cy = innerHeight / 2;
    let best;
    for (const el of document.querySelectorAll(window.__bench.selector)) {
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth - 260 || r.bottom > innerHeight - 140) continue;
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 12);
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  })()`)) as { x: number; y: number } | undefined;
  if (!start) throw new Error("No card lies fully on screen to drag.");
  await page.mouse.move(start.x, start.y);
  // A hand rests on the card before it presses: what the hover draws (ours turns a sketch into a full card) is done
  // before the frames are counted, as it is before any real press.
  await page.waitForTimeout(HOVER_MS);
  await page.evaluate(`(() => {
    const b = window.__bench;
    b.frames = [];
    b.recording = true;
    const tick = (t) => {
      if (!b.recording) return;
      b.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.down();
  let dragged = false;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x + i * 4, start.y + i * 2);
    if (!dragged && i % 10 === 0)
      dragged = await page.evaluate(() => !!document.querySelector(".react-flow__node.dragging"));
  }
  await page.mouse.up();
  const stamps = await page.evaluate(() => {
    window.__bench.recording = false;
    return window.__bench.frames;
  });
  const deltas = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
  const dropped = deltas.reduce((sum, d) => sum + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  return { p50: percentile(deltas, 50), p95: percentile(deltas, 95), dropped, frames: deltas.length, dragged };
}

/** Used JS heap of the page after a garbage collection, in bytes. */
export async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

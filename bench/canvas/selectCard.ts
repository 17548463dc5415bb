// How long a click on a card takes to show it selected, on a big map in headless Chromium on the production build.
// Run: `node --import tsx bench/canvas/selectCard.ts` (not part of `npm run bench`; it writes nothing to RESULTS.md).
// Settings by environment: SELECT_CARDS (map size, 1440), SELECT_RUNS (page loads, 5), SELECT_CLICKS (cards clicked
// per load, 12), SELECT_ZOOM ("open": the opening view, where a map this big is sketched; or a zoom such as 1,
// reached with Control and the wheel around the middle), SELECT_HOVER_MS (how long the pointer rests on a card
// before it presses, 250), SELECT_TRACE=1 (a timeline trace around each click: the main thread's busy and CPU time
// from the press to the painted frame, and what it was busy with), SELECT_PROFILE=folder (a CPU profile of each
// click of the last load, press to painted, to open in Chrome's DevTools), SELECT_RENDERS=1 (which components React
// rendered for each click, counted in the page through the hook React offers its developer tools; slows the clicks,
// and names components readably only in a build without minifying, `vite build --minify false`).
// A click is timed from the press (the pointerdown event's timestamp) to the DOM holding the card as selected
// ("commit") and to the end of the frame that first draws it ("painted": a message posted from the next
// requestAnimationFrame, which runs once that frame's style, layout and paint are done). The first click of a
// load also opens the inspector in place of the journey panel, and is reported on its own.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { launchChromium } from "../../tests/e2e/harness";
import { ensureAppBuilt } from "./builds";
import { recorderScript, waitRendered } from "./measure";
import { createMapOn, journeyFile, journeyOfCards } from "../lib/maps";
import { startOurs } from "../lib/servers";
import { fixed, median, percentile } from "../lib/stats";

const CARDS = Number(process.env["SELECT_CARDS"] ?? 1440);
const RUNS = Number(process.env["SELECT_RUNS"] ?? 5);
const CLICKS = Number(process.env["SELECT_CLICKS"] ?? 12);
const ZOOM = process.env["SELECT_ZOOM"] ?? "open";
const HOVER_MS = Number(process.env["SELECT_HOVER_MS"] ?? 250);
const TRACE = process.env["SELECT_TRACE"] === "1";
const PROFILE = process.env["SELECT_PROFILE"];
const RENDERS = process.env["SELECT_RENDERS"] === "1";
const VIEWPORT = { width: 1440, height: 900 };
/** Time for what a click sets off after its frame (effects, the inspector's fields) before the next one. */
const SETTLE_MS = 400;

interface Click {
  commit: number;
  painted: number;
  /** From the trace: the main thread's time in tasks between the press and the painted frame, and its CPU time. */
  busy?: number;
  cpu?: number;
  kinds?: Map<string, number>;
}

/** In the page: times each press to the selected card's class in the DOM and to the end of the next frame. */
const INSTRUMENT = `(() => {
  const s = (window.__select = { id: null, down: 0, commit: 0, painted: 0 });
  addEventListener("pointerdown", (e) => { if (s.id) s.down = e.timeStamp; }, true);
  const seen = () => document.querySelector('[data-testid="card-' + CSS.escape(s.id) + '"].selected');
  new MutationObserver(() => {
    if (!s.id || !s.down || s.commit || !seen()) return;
    s.commit = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { s.painted = performance.now(); };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
})()`;

/**
 * Runs before React: a developer-tools hook that counts, on every commit, the components that rendered (React's
 * PerformedWork flag) or mounted, by name, while window.__renders.on is set.
 */
const RENDER_COUNTER = `(() => {
  const r = (window.__renders = { on: false, counts: {} });
  const nameOf = (t) => (t && (t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && (t.render.displayName || t.render.name)))) || "?";
  const walk = (f) => {
    for (; f; f = f.sibling) {
      if ([0, 1, 11, 14, 15].includes(f.tag)) {
        const key = f.alternate === null ? "mount " + nameOf(f.type) : (f.flags & 1) ? nameOf(f.type) : null;
        if (key) r.counts[key] = (r.counts[key] || 0) + 1;
      }
      // A subtree React did not visit this commit keeps its children: nothing in it rendered or mounted.
      if (f.child && !(f.alternate && f.alternate.child === f.child)) walk(f.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; }, checkDCE() {},
    onCommitFiberRoot(_id, root) { if (r.on) walk(root.current.child); },
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, onScheduleFiberRoot() {},
  };
})()`;

/** Cards wholly in the canvas's free middle, spread over it, the one nearest the middle first. */
async function targets(page: Page, count: number): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    const found = [];
    for (const el of document.querySelectorAll(".card-node")) {
      const id = el.getAttribute("data-testid")?.replace(/^card-/, "");
      const r = el.getBoundingClientRect();
      if (!id || r.width < 6 || r.height < 6) continue;
      if (r.left < canvas.left + 140 || r.top < canvas.top + 60 || r.right > canvas.right - 20 || r.bottom > canvas.bottom - 120) continue;
      found.push({ id, x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 10) });
    }
    const cx = canvas.left + canvas.width / 2;
    const cy = canvas.top + canvas.height / 2;
    found.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
    const step = Math.max(1, Math.floor(found.length / ${count}));
    return found.filter((_, i) => i % step === 0).slice(0, ${count});
  })()`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Work of the renderer's main thread that a trace names; anything else in a task counts as "other". */
const KINDS = ["FunctionCall", "EventDispatch", "RunMicrotasks", "UpdateLayoutTree", "Layout", "PrePaint", "Paint"];
const KINDS_ALSO = ["Layerize", "Commit", "HitTest", "FireAnimationFrame", "TimerFire", "MajorGC", "MinorGC"];

/** The main thread's tasks from the press until the painted frame: their wall time, CPU time and what they held. */
function traceOfClick(events: TraceEvent[], paintedMs: number): Pick<Click, "busy" | "cpu" | "kinds"> {
  const press = events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "pointerdown");
  if (!press) return {};
  const from = press.ts;
  const to = from + paintedMs * 1000;
  const main = events.filter((e) => e.tid === press.tid && e.ph === "X" && e.dur !== undefined);
  const inside = (e: TraceEvent) => e.ts + (e.dur ?? 0) > from && e.ts < to;
  const clip = (e: TraceEvent) => Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from);
  let busy = 0;
  let cpu = 0;
  for (const task of main.filter((e) => e.name === "RunTask" && inside(e))) {
    const part = clip(task) / (task.dur || 1);
    busy += clip(task);
    cpu += (task.tdur ?? task.dur ?? 0) * part;
  }
  // Each kind's outermost events only: a layout forced inside a function call counts as layout, not twice.
  const kinds = new Map<string, number>();
  const named = main.filter((e) => (KINDS.includes(e.name) || KINDS_ALSO.includes(e.name)) && inside(e));
  named.sort((a, b) => a.ts - b.ts);
  const open: TraceEvent[] = [];
  for (const e of named) {
    while (open.length && open.at(-1)!.ts + (open.at(-1)!.dur ?? 0) <= e.ts) open.pop();
    const parent = open.at(-1);
    const time = clip(e);
    if (parent) kinds.set(parent.name, (kinds.get(parent.name) ?? 0) - time);
    kinds.set(e.name, (kinds.get(e.name) ?? 0) + time);
    open.push(e);
  }
  for (const [k, v] of kinds) kinds.set(k, v / 1000);
  return { busy: busy / 1000, cpu: cpu / 1000, kinds };
}

interface Probe {
  cdp: CDPSession;
  trace: boolean;
  profile: string | null;
}

async function clickOnce(
  page: Page,
  target: { id: string; x: number; y: number },
  probe: Probe | null,
): Promise<Click> {
  await page.evaluate(
    `Object.assign(window.__select, { id: ${JSON.stringify(target.id)}, down: 0, commit: 0, painted: 0 })`,
  );
  await page.mouse.move(target.x, target.y);
  if (HOVER_MS > 0) await page.waitForTimeout(HOVER_MS);
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  if (probe?.trace) {
    probe.cdp.on("Tracing.dataCollected", collect);
    await probe.cdp.send("Tracing.start", {
      categories: "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8",
      transferMode: "ReportEvents",
    });
  }
  if (probe?.profile) await probe.cdp.send("Profiler.start");
  if (RENDERS) await page.evaluate("window.__renders.on = true; window.__renders.counts = {}");
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(
    () => (window as unknown as { __select: { painted: number } }).__select.painted > 0,
    undefined,
    {
      timeout: 10_000,
      polling: 20,
    },
  );
  if (probe?.profile) {
    const { profile } = await probe.cdp.send("Profiler.stop");
    await writeFile(probe.profile, JSON.stringify(profile));
  }
  if (probe?.trace) {
    const done = new Promise((resolve) => probe.cdp.once("Tracing.tracingComplete", resolve));
    await probe.cdp.send("Tracing.end");
    await done;
    probe.cdp.off("Tracing.dataCollected", collect);
  }
  const r = (await page.evaluate("({ ...window.__select })")) as { down: number; commit: number; painted: number };
  if (RENDERS) {
    const counts = (await page.evaluate("window.__renders.on = false, window.__renders.counts")) as Record<
      string,
      number
    >;
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    console.log(`  ${target.id}: ${top.map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }
  await page.evaluate("window.__select.id = null");
  await page.waitForTimeout(SETTLE_MS);
  const painted = r.painted - r.down;
  return { commit: r.commit - r.down, painted, ...(probe?.trace ? traceOfClick(events, painted) : {}) };
}

async function zoomTo(page: Page, zoom: number): Promise<void> {
  // The wheel pans the map (the select tool); with Control held it zooms, like a trackpad's pinch.
  const box = (await page.getByTestId("canvas").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(`(() => {
      const m = /scale\\(([\\d.]+)\\)/.exec(document.querySelector(".react-flow__viewport").style.transform);
      return m ? Number(m[1]) : 1;
    })()`);
    if (Math.abs(Number(now) - zoom) < 0.05) break;
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, Number(now) < zoom ? -100 : 100);
    await page.keyboard.up("Control");
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(800);
}

ensureAppBuilt();
if (PROFILE) await mkdir(PROFILE, { recursive: true });
const dataDir = await mkdtemp(join(tmpdir(), "outside-in-bench-select-"));
const server = await startOurs(dataDir);
const browser = await launchChromium();
const first: Click[] = [];
const later: Click[] = [];
try {
  const map = await createMapOn(server.url, journeyFile(journeyOfCards(CARDS)));
  const url = `${server.url}/m/${map.id}#token=${map.tokens.edit}`;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.addInitScript(recorderScript(".card-node"));
      if (RENDERS) await page.addInitScript(RENDER_COUNTER);
      await page.goto(url);
      await waitRendered(page);
      if (ZOOM !== "open") await zoomTo(page, Number(ZOOM));
      await page.evaluate(INSTRUMENT);
      const picked = await targets(page, CLICKS);
      if (picked.length < 2) throw new Error("Fewer than two cards lie wholly in view to click.");
      const profiling = PROFILE !== undefined && run === RUNS - 1;
      const cdp = profiling || TRACE ? await context.newCDPSession(page) : null;
      if (cdp && profiling) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      }
      const clicks: Click[] = [];
      for (const [i, target] of picked.entries()) {
        const probe = cdp && { cdp, trace: TRACE, profile: profiling ? join(PROFILE, `click-${i}.cpuprofile`) : null };
        clicks.push(await clickOnce(page, target, probe));
      }
      await cdp?.detach();
      const nodes = await page.evaluate(`document.querySelectorAll(".react-flow__node").length`);
      const zoom = await page.evaluate(`document.querySelector(".react-flow__viewport").style.transform`);
      console.log(
        `load ${run + 1}: ${String(nodes)} nodes, ${String(zoom)}; painted ms: ${clicks.map((c) => fixed(c.painted, 0)).join(" ")}` +
          (TRACE ? `; cpu ms: ${clicks.map((c) => fixed(c.cpu ?? NaN, 0)).join(" ")}` : ""),
      );
      first.push(clicks[0]!);
      later.push(...clicks.slice(1));
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const med = (clicks: Click[], key: "commit" | "painted" | "busy" | "cpu") =>
  fixed(median(clicks.map((c) => c[key] ?? NaN)));
const p90 = (clicks: Click[], key: "painted") =>
  fixed(
    percentile(
      clicks.map((c) => c[key]),
      90,
    ),
  );
const lines = [
  `${CARDS} cards, zoom ${ZOOM}, pointer resting ${HOVER_MS} ms, ${RUNS} loads x ${CLICKS} clicks (medians, ms):`,
  `  first click (opens the inspector): painted ${med(first, "painted")}, commit ${med(first, "commit")}`,
  `  later clicks: painted ${med(later, "painted")} (p90 ${p90(later, "painted")}), commit ${med(later, "commit")}`,
];
if (TRACE) {
  lines.push(`  main thread, press to painted: first click busy ${med(first, "busy")}, cpu ${med(first, "cpu")};`);
  lines.push(`    later clicks busy ${med(later, "busy")}, cpu ${med(later, "cpu")}; later clicks by kind (median):`);
  const names = new Set(later.flatMap((c) => [...(c.kinds?.keys() ?? [])]));
  const rows = [...names].map((k) => [k, median(later.map((c) => c.kinds?.get(k) ?? 0))] as const);
  for (const [k, v] of rows.sort((a, b) => b[1] - a[1])) if (v >= 0.1) lines.push(`      ${k} ${fixed(v)}`);
}
console.log(`\n${lines.join("\n")}`);

// The canvas in headless Chromium on the production build, against a bare React Flow page with the same number
// of plain nodes at the same places: first full render, opening from the server, drag frame times and JS heap.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chromiumPath } from "../tests/e2e/globalSetup";
import { launchChromium } from "../tests/e2e/harness";
import { buildBare, ensureAppBuilt, writeBareNodes } from "./canvas/builds";
import { dragFrames, heapBytes, recorderScript, waitRendered } from "./canvas/measure";
import { serveDir } from "./canvas/staticServer";
import { createMapOn, journeyFile, journeyOfCards } from "./lib/maps";
import { writeSection } from "./lib/results";
import { startOurs } from "./lib/servers";
import { fixed, mb, median, ratio } from "./lib/stats";
import { markdownTable, textTable } from "./lib/table";

const SIZES = (process.env["BENCH_SIZES"] ?? "100,500,2000").split(",").map(Number);
// Five: a page load on this shared machine varies by a tenth of a second or more from run to run.
const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);
const VIEWPORT = { width: 1440, height: 900 };
const ONE_FRAME_MS = 16.7;
const FRAME_JITTER_MS = 0.5;
// Every card is one .card-node element, whether a React Flow node or, far away, drawn by its cell.
const SELECTOR = { ours: ".card-node", bare: ".react-flow__node-default" } as const;

type Kind = keyof typeof SELECTOR;
interface Run {
  renderMs: number;
  editableMs: number;
  openMs: number;
  cards: number;
  p50: number;
  p95: number;
  dropped: number;
  heap: number;
}

async function measure(browser: Browser, kind: Kind, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(recorderScript(SELECTOR[kind]));
    const asked = Date.now();
    await page.goto(url);
    const render = await waitRendered(page);
    const heap = await heapBytes(context, page);
    const drag = await dragFrames(page);
    if (!drag.dragged) throw new Error(`The ${kind} page did not start a drag of a card.`);
    return {
      renderMs: render.renderMs,
      editableMs: render.editableMs,
      openMs: render.lastCardEpoch - asked,
      cards: render.cards,
      p50: drag.p50,
      p95: drag.p95,
      dropped: drag.dropped,
      heap,
    };
  } finally {
    await context.close();
  }
}

const mid = (runs: Run[], key: keyof Run): number => median(runs.map((r) => r[key]));

ensureAppBuilt();
const bareDir = await mkdtemp(join(tmpdir(), "outside-in-bench-bare-"));
const dataDir = await mkdtemp(join(tmpdir(), "outside-in-bench-canvas-"));
await buildBare(bareDir);
const bare = await serveDir(bareDir);
const server = await startOurs(dataDir);
const browser = await launchChromium();
const head = [
  "cards",
  "page",
  "on screen",
  "render ms",
  "open ms",
  "editable ms",
  "drag p50",
  "drag p95",
  "dropped",
  "heap MB",
];
const rows: string[][] = [];
const verdicts: string[] = [];
try {
  for (const n of SIZES) {
    const journey = journeyOfCards(n);
    writeBareNodes(bareDir, journey, n);
    const map = await createMapOn(server.url, journeyFile(journey));
    const urls: Record<Kind, string> = {
      ours: `${server.url}/m/${map.id}#token=${map.tokens.edit}`,
      bare: `${bare.url}/?n=${n}`,
    };
    const result: Partial<Record<Kind, Run[]>> = {};
    for (const kind of ["ours", "bare"] as const) {
      const runs: Run[] = [];
      for (let r = 0; r < RUNS; r++) runs.push(await measure(browser, kind, urls[kind]));
      result[kind] = runs;
      rows.push([
        String(n),
        kind,
        String(mid(runs, "cards")),
        fixed(mid(runs, "renderMs"), 0),
        fixed(mid(runs, "openMs"), 0),
        fixed(mid(runs, "editableMs"), 0),
        fixed(mid(runs, "p50")),
        fixed(mid(runs, "p95")),
        fixed(mid(runs, "dropped"), 0),
        mb(mid(runs, "heap")),
      ]);
    }
    const ours = result.ours ?? [];
    const floor = result.bare ?? [];
    rows.push([
      String(n),
      "ours/bare",
      "",
      ratio(mid(ours, "renderMs"), mid(floor, "renderMs")),
      ratio(mid(ours, "openMs"), mid(floor, "openMs")),
      ratio(mid(ours, "editableMs"), mid(floor, "editableMs")),
      ratio(mid(ours, "p50"), mid(floor, "p50")),
      ratio(mid(ours, "p95"), mid(floor, "p95")),
      "",
      ratio(mid(ours, "heap"), mid(floor, "heap")),
    ]);
    console.log(textTable(head, rows));
    const p95 = mid(ours, "p95");
    if (n === 500) {
      // 16.7 ms is one 60 Hz frame; requestAnimationFrame timestamps jitter by a few tenths of a millisecond
      // around it, so a p95 of 16.8 ms is still every frame on time (a missed frame reads 33.3 ms).
      const ok = p95 <= ONE_FRAME_MS + FRAME_JITTER_MS && p95 <= 1.2 * mid(floor, "p95");
      verdicts.push(
        `- 500 cards: drag p95 ${fixed(p95)} ms, ${ratio(p95, mid(floor, "p95"))} of bare: aim ≤ 1.2x and ≤ 16.7 ms (one frame, ±${FRAME_JITTER_MS} ms timestamp jitter) ${ok ? "met" : "NOT met"}.`,
      );
    }
    if (n === 2000) {
      verdicts.push(`- 2,000 cards: drag p95 ${fixed(p95)} ms: aim < 33 ms ${p95 < 33 ? "met" : "NOT met"}.`);
      const render = mid(ours, "renderMs");
      verdicts.push(
        `- 2,000 cards: first render ${fixed(render, 0)} ms: aim < 1500 ms ${render < 1500 ? "met" : "NOT met"}.`,
      );
      verdicts.push(
        `- 2,000 cards: editable (the document synced, the server's snapshot replaced) ${fixed(mid(ours, "editableMs"), 0)} ms after navigation start (no aim).`,
      );
      const open = mid(ours, "openMs");
      verdicts.push(
        `- 2,000 cards: open from the server to the last card on screen ${fixed(open, 0)} ms: aim < 1500 ms ${open < 1500 ? "met" : "NOT met"}.`,
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await bare.close();
  await rm(bareDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}

console.log(`\n${textTable(head, rows)}\n\n${verdicts.join("\n")}`);
const chromium = (await import("node:child_process")).execFileSync(chromiumPath(), ["--version"]).toString().trim();
await writeSection(
  "1-canvas",
  "Canvas in headless Chromium",
  `${chromium}, headless with the flags of tests/e2e/harness.ts, viewport ${VIEWPORT.width}×${VIEWPORT.height}, no GPU.
"ours" is the production build served by our server (a map created with POST /api/maps, opened with its edit
link); "bare" is React Flow alone (bench/bare/) with one plain node per card at the same rectangles and the same
viewport options (fit view, min zoom 0.1, only visible elements rendered). "on screen" is the number of cards
in the DOM (ours: far away, most are drawn by their cells, not React Flow nodes; the one under the mouse
becomes a node before the drag); "render ms" runs from navigation start to the last card added (nothing
added for 1.5 s after);
"open ms" from the moment the page was asked for to the same moment; "editable ms" from navigation start to the map
being editable (ours: a map of 64 KiB or more is drawn first from the server's snapshot, and the editor is
aria-busy until its document has synced; otherwise the render). The drag is a real mouse drag through
Playwright (60 moves) of the card nearest the middle; frame times are the gaps between requestAnimationFrame
callbacks, "dropped" counts missed 60 Hz frames. Heap: used JS heap after a forced GC (CDP). Median of ${RUNS} runs.

${markdownTable(head, rows)}

${verdicts.join("\n")}`,
);

// Time and memory to export 100, 480 and 2,000 touchpoints as PDF in Node (the CLI's and the server's path).
import PDFDocument from "pdfkit";
import { renderPdf } from "../src/export";
import { loadFonts } from "../server/exportFile";
import { generatedJourney } from "../tests/export/journeys";
import { readFileSync } from "node:fs";
import { parseJourneyText } from "../src/format";
import { writeSection } from "./lib/results";
import { markdownTable } from "./lib/table";

const SIZES = [100, 480, 2000];
const AIM_480_MS = 1000;

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const fonts = await loadFonts();
const rows: string[][] = [];
let aimMet = true;
for (const n of SIZES) {
  const journey = generatedJourney(n, Math.max(5, Math.ceil(n / 20)));
  const runs = n >= 2000 ? 3 : 5;
  await renderPdf(journey, { fonts, PDFDocument }); // warm-up: JIT and the width cache of a running server are not what we measure
  const times: number[] = [];
  let peakHeap = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    // Sampling from a timer would never fire during the synchronous layout, so the heap is read when the run ends,
    // while the layout and the PDF chunks are still alive; RSS is the kernel's peak for the process.
    const started = performance.now();
    const pdf = await renderPdf(journey, { fonts, PDFDocument });
    times.push(performance.now() - started);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
    bytes = pdf.length;
  }
  const ms = median(times);
  if (n === 480 && ms >= AIM_480_MS) aimMet = false;
  rows.push([
    String(n),
    String(runs),
    ms.toFixed(0),
    Math.min(...times).toFixed(0),
    mb(peakHeap),
    mb(process.resourceUsage().maxRSS * 1024),
    (bytes / 1024).toFixed(0),
  ]);
}

// The longest texts the format takes (a scenario of 5,000 characters, most of them one consonant, titles of 200): the
// word wrap once scanned a whole run of consonants for each place it weighed, which took this map seconds.
const limitsFile = readFileSync(new URL("../tests/fixtures/unseen/limits.de.journey.json", import.meta.url), "utf8");
const limits = parseJourneyText(limitsFile);
if (!limits.ok) throw new Error("tests/fixtures/unseen/limits.de.journey.json no longer reads");
await renderPdf(limits.journey, { fonts, PDFDocument });
const limitsTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  await renderPdf(limits.journey, { fonts, PDFDocument });
  limitsTimes.push(performance.now() - started);
}
const limitsLine = `The map of the longest texts (tests/fixtures/unseen/limits.de): median ${median(limitsTimes).toFixed(0)} ms of 3 runs.`;

const head = ["touchpoints", "runs", "median ms", "best ms", "heap +MB", "peak RSS MB", "PDF KB"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ");
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(`\n${limitsLine}`);
console.log(
  `\nAim: 480 touchpoints under ${AIM_480_MS} ms — ${aimMet ? "met" : "NOT met"}.${gc ? "" : " (run with --expose-gc for steadier heap figures)"}`,
);
await writeSection(
  "0-export-pdf",
  "PDF export in Node",
  `The CLI's and the server's path (renderPdf with PDFKit), after one warm-up run; heap growth is read at the end of
each run, RSS is the process's peak.

${markdownTable(head, rows)}

${limitsLine}

Aim: 480 touchpoints under ${AIM_480_MS} ms — ${aimMet ? "met" : "NOT met"}.`,
);

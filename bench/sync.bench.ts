// Sync server under load, ours against the reference y-websocket server (no persistence), on loopback:
// latency from a write to its arrival at the other clients (p50, p99), server CPU and RSS, and memory per idle map.
import { runLoad, type LoadResult, type LoadSpec } from "./sync/load";
import { idleMapBytes } from "./sync/idleMemory";
import { fixed, mb, median, ratio } from "./lib/stats";
import { markdownTable, textTable } from "./lib/table";
import { writeSection } from "./lib/results";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const LOADS: Omit<LoadSpec, "warmupMs" | "windowMs" | "cards">[] = [
  { clients: 100, maps: 50 },
  { clients: 500, maps: 100 },
  { clients: 1000, maps: 200 },
];
const WINDOW_MS = Number(process.env["BENCH_WINDOW_MS"] ?? 10_000);
const CARDS = 80;
const IDLE_MAPS = 200;
const AIM_P99_RATIO = 1.3;
const AIM_IDLE_MAP_MB = 2;

type Summary = { p50: number; p99: number; cpu: number; rss: number; delivered: number; writes: number };
const summarise = (runs: LoadResult[]): Summary => ({
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  cpu: median(runs.map((r) => r.cpuPercent)),
  rss: median(runs.map((r) => r.rssBytes)),
  delivered: Math.min(...runs.map((r) => r.delivered)),
  writes: median(runs.map((r) => r.writesPerSecond)),
});

const head = ["load", "server", "p50 ms", "p99 ms", "CPU %", "RSS MB", "delivered", "writes/s", "p99 ours/ref"];
const rows: string[][] = [];
const verdicts: string[] = [];
for (const load of LOADS) {
  const spec: LoadSpec = { ...load, warmupMs: 2000, windowMs: WINDOW_MS, cards: CARDS };
  // Ours and the reference take turns, so both meet the same moods of a shared machine.
  const runs: Record<"ours" | "reference", LoadResult[]> = { ours: [], reference: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const kind of ["ours", "reference"] as const) runs[kind].push(await runLoad(kind, spec));
  }
  const ours = summarise(runs.ours);
  const ref = summarise(runs.reference);
  const label = `${load.clients} clients / ${load.maps} maps`;
  for (const [kind, s] of [
    ["ours", ours],
    ["reference", ref],
  ] as const) {
    rows.push([
      label,
      kind,
      fixed(s.p50),
      fixed(s.p99),
      fixed(s.cpu, 0),
      mb(s.rss),
      `${fixed(s.delivered * 100, 1)} %`,
      fixed(s.writes, 0),
      kind === "ours" ? ratio(ours.p99, ref.p99) : "",
    ]);
  }
  const within = ours.p99 <= ref.p99 * AIM_P99_RATIO;
  verdicts.push(
    `- ${label}: our p99 ${fixed(ours.p99)} ms is ${ratio(ours.p99, ref.p99)} of the reference (${fixed(ref.p99)} ms): aim ≤ ${AIM_P99_RATIO}x ${within ? "met" : "NOT met"}.`,
  );
  console.log(textTable(head, rows));
}

const idleOurs = await idleMapBytes("ours", IDLE_MAPS, CARDS);
const idleRef = await idleMapBytes("reference", IDLE_MAPS, CARDS);
const idleRows = [
  ["ours", mb(idleOurs)],
  ["reference", mb(idleRef)],
];
verdicts.push(
  `- Memory per idle loaded map (${CARDS} cards): ${mb(idleOurs)} MB: aim < ${AIM_IDLE_MAP_MB} MB ${idleOurs < AIM_IDLE_MAP_MB * 2 ** 20 ? "met" : "NOT met"}.`,
);

console.log(`\n${textTable(head, rows)}\n\n${textTable(["server", "MB per idle map"], idleRows)}\n`);
console.log(verdicts.join("\n"));

await writeSection(
  "2-sync",
  "Sync server under load",
  `Raw y-protocols clients in one Node process, the server in a child process, all on loopback. Each map holds
${CARDS} cards; the first client of each map writes at 2 Hz, every client sends presence at 1 Hz. Latency is from
the write to its arrival at each other client of the map, over a ${WINDOW_MS / 1000} s window after 2 s of warm-up;
CPU is the server process's (% of one core), RSS its resident memory at the end of the window. Every figure is
the median of ${RUNS} runs, ours and the reference taking turns ("delivered" is the worst run). Ours stores every
update in SQLite (synchronous=FULL) before it forwards it; the reference (@y/websocket-server 0.1.1, the
y-websocket 1.x server) keeps nothing.

${markdownTable(head, rows)}

Memory per idle loaded map (${IDLE_MAPS} maps opened by one client each, which then left; RSS growth per map):

${markdownTable(["server", "MB per idle map"], idleRows)}

${verdicts.join("\n")}`,
);

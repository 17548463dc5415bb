// `npm run harden`: the full hardening runs, each bounded in count and time, printing its figures and writing the
// "Hardening" section of bench/RESULTS.md. `npm run harden -- fuzz` runs only the runs whose name holds "fuzz";
// files or folders named after it (`npm run harden -- import my-journeys/`) join the import fuzz's corpus, as the
// journeys of ../shared/examples always do.
// Exits 1 when any run misses its bar. tests/harden/*.test.ts run the same code with small counts in `npm test`.
import { runCrashLoop } from "./crashLoop";
import { runProtocolFuzz } from "./protocolFuzz";
import { runRoleMatrix } from "./roleMatrix";
import { runSoak } from "./soak";
import { exampleJourneys, journeysFrom, runImportFuzz } from "./importFuzz";
import { writeSection } from "../lib/results";
import { fixed, mb } from "../lib/stats";
import { trimAvailable } from "../../server/native/trim";

type Outcome = { ok: boolean; lines: string[] };
const ms = (x: number) => `${fixed(x, 0)} ms`;
const pct = (x: number) => `${fixed(x * 100, 1)} %`;

const RUNS: Record<string, () => Promise<Outcome>> = {
  "crash-loop": async () => {
    const r = await runCrashLoop({ cycles: 50, writers: 3, editMs: 1000 });
    const ok = r.lost === 0 && r.seen > 0 && r.integrity === "ok" && r.maxRestartMs < 2000;
    return {
      ok,
      lines: [
        `${r.cycles} kill -9 cycles with 3 writers and a watcher: ${r.seen} edits seen by a peer, ${r.lost} lost.`,
        `SQLite integrity_check: ${r.integrity}. Restart to serving: median ${ms(r.medianRestartMs)}, worst ${ms(r.maxRestartMs)} (bar 2000 ms).`,
      ],
    };
  },
  "protocol-fuzz": async () => {
    const r = await runProtocolFuzz({
      frames: 1_000_000,
      sockets: 16,
      burst: 20,
      seed: 20261123,
      timeLimitMs: 20 * 60_000,
      fragmentRuns: 5,
    });
    const ok =
      !r.serverExited && r.frames >= 1_000_000 && r.probeMissing === 0 && r.probeMaxMs <= 250 && r.fuzzedMapSyncs;
    return {
      ok,
      lines: [
        `${r.frames} frames read by the server (${r.written} written; those behind a bad frame are dropped unread) on ${r.connections} connections, plus ${r.fragments} endless fragments, in ${fixed(r.seconds, 0)} s.`,
        `Closes by code: ${JSON.stringify(r.closesByCode)}. Server ${r.serverExited ? "CRASHED" : "kept running"} (CPU ${fixed(r.serverCpuPercent, 0)} % of a core).`,
        `Other map: ${r.probeWrites} probe edits, ${r.probeMissing} missing, arrival p99 ${ms(r.probeP99Ms)}, worst ${ms(r.probeMaxMs)} (bar 250 ms). Fuzzed map still syncs: ${r.fuzzedMapSyncs ? "yes" : "NO"} (unreadable parts it held back unapplied, dropped: ${r.heldBackDropped}).`,
      ],
    };
  },
  "role-matrix": async () => {
    const r = await runRoleMatrix();
    return {
      ok: r.unauthorised.length === 0 && r.missingAllowed.length === 0,
      lines: [
        `${r.cases} websocket cases (8 credentials × own and another map × map and comments document × 8 message types) and ${r.httpCases} HTTP cases.`,
        `Unauthorised changes applied: ${r.unauthorised.length}${r.unauthorised.length ? ` (${r.unauthorised.join("; ")})` : ""}. Allowed changes missing: ${r.missingAllowed.length}.`,
      ],
    };
  },
  soak: async () => {
    const r = await runSoak({ clients: 200, maps: 40, durationMs: 10 * 60_000, idleMs: 30_000 });
    return {
      ok: r.unloaded === r.maps && r.heapGrowth <= 0.1 && r.rssGrowth <= 0.1,
      lines: [
        `200 clients on ${r.maps} maps for 10 minutes (an edit every 2 s and presence every second each): ${r.writes} edits; peak RSS ${mb(r.peakRss)} MB.`,
        `After all left: ${r.unloaded} of ${r.maps} maps unloaded; heap after GC ${mb(r.after.heapUsed)} MB against ${mb(r.baseline.heapUsed)} MB before (${pct(r.heapGrowth)}, bar 10 %); RSS ${mb(r.after.rss)} MB against ${mb(r.baseline.rss)} MB (${pct(r.rssGrowth)}, bar 10 %${trimAvailable ? "" : "; this server was built without server/native, so glibc keeps the pages freed under load"}); both read once the server went idle (its collections, then malloc_trim). V8's reserved heap ${mb(r.after.heapTotal)} MB against ${mb(r.baseline.heapTotal)} MB; memory held outside it (buffers) ${mb(r.after.external)} MB against ${mb(r.baseline.external)} MB.`,
        `Where the RSS sits (smaps), after against before: the main malloc heap ([heap]) ${mb(r.afterResident.mallocHeap)} MB against ${mb(r.baselineResident.mallocHeap)} MB; other anonymous memory (V8's heap and code, other threads' malloc arenas) ${mb(r.afterResident.anonymous)} MB against ${mb(r.baselineResident.anonymous)} MB; mapped files ${mb(r.afterResident.files)} MB against ${mb(r.baselineResident.files)} MB.`,
      ],
    };
  },
  "import-fuzz": async () => {
    const own = [...exampleJourneys(), ...journeysFrom(process.argv.slice(3))];
    const r = await runImportFuzz({ files: 10_000, seed: 20261123, timeLimitMs: 15 * 60_000, journeys: own });
    const ok = r.problems.length === 0 && r.incompleteMaps === 0 && r.orphanRows === 0 && !r.serverExited;
    return {
      ok,
      lines: [
        `${r.files} mutated journey files (from ${r.corpus} journeys, ${own.length} of them from ../shared/examples or named) through validate and POST /api/maps in ${fixed(r.seconds, 0)} s: ${r.accepted} accepted by both, ${r.refused} refused by both with a sentence.`,
        `Disagreements or refusals without a sentence: ${r.problems.length}${r.problems.length ? ` (first: ${r.problems[0]})` : ""}. Maps stored ${r.mapsStored}, incomplete ${r.incompleteMaps}, orphan rows ${r.orphanRows}.`,
      ],
    };
  },
};

const filter = process.argv[2]?.toLowerCase();
const chosen = Object.keys(RUNS).filter((name) => filter === undefined || name.includes(filter));
if (chosen.length === 0) {
  console.error(`No hardening run matches "${filter}"; there are ${Object.keys(RUNS).join(", ")}.`);
  process.exit(1);
}
const report: string[] = [];
let failed = 0;
for (const name of chosen) {
  const run = RUNS[name];
  if (!run) continue;
  const started = performance.now();
  console.log(`\n== ${name}`);
  const outcome = await run().catch((error: unknown): Outcome => ({
    ok: false,
    lines: [`FAILED TO RUN: ${String(error)}`],
  }));
  const verdict = `${outcome.ok ? "passed" : "FAILED"} in ${fixed((performance.now() - started) / 1000, 0)} s`;
  for (const line of [...outcome.lines, verdict]) console.log(line);
  report.push(`### ${name}: ${verdict}`, "", ...outcome.lines.map((l) => `- ${l}`), "");
  if (!outcome.ok) failed++;
}
if (!filter) {
  await writeSection(
    "3-harden",
    "Hardening (npm run harden)",
    `Every server runs as its own process on loopback; counts and time limits are in bench/harden/run.ts.\n\n${report.join("\n")}`,
  );
}
console.log(`\n${chosen.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

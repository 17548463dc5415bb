// Protocol fuzz: many sockets send mutated sync and awareness frames, lying lengths, text, empty, huge and random
// frames, plus endless fragments, at one map, while a probe (its own process) edits another map. The server must
// not crash, the other map must keep syncing, and no probe write may take longer than 250 ms to arrive.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket } from "ws";
import { z } from "zod";
import { createMapOn, journeyFile, journeyOfCards } from "../lib/maps";
import { cpuPercent, sampleProcess } from "../lib/proc";
import { rawClient, until } from "../lib/rawClient";
import { startOurs } from "../lib/servers";
import { percentile } from "../lib/stats";
import { oddFrame, validFrames } from "./corpus";
import { endlessFragments } from "./fragments";
import { mutate, seeded } from "./mutate";
import { whenSocket } from "./whenSocket";

export interface ProtocolFuzzOptions {
  frames: number;
  sockets: number;
  /** Frames sent on a connection before waiting for the server (a bad frame closes it; those after it are read). */
  burst: number;
  seed: number;
  timeLimitMs: number;
  /** Runs of endless fragments (each up to 6 MiB in 1 KiB fragments). */
  fragmentRuns: number;
}

export interface ProtocolFuzzResult {
  /** Frames the server read: each answered by the pong to the ping behind it, or by the close it caused. */
  frames: number;
  /** Frames written, including those behind a bad frame, which the server drops unread. */
  written: number;
  connections: number;
  fragments: number;
  closesByCode: Record<string, number>;
  serverExited: boolean;
  probeWrites: number;
  probeMissing: number;
  probeMaxMs: number;
  probeP99Ms: number;
  fuzzedMapSyncs: boolean;
  /** Parts the fuzzed map held back unapplied that could not be read back, dropped by the server (its log). */
  heldBackDropped: number;
  seconds: number;
  serverCpuPercent: number;
}

const HUGE = new Uint8Array(3 * 1024 * 1024).fill(7);
const TOO_HUGE = new Uint8Array(5 * 1024 * 1024).fill(9);
const probeReport = z.object({ writes: z.number(), missing: z.number(), latencies: z.array(z.number()) });

export async function runProtocolFuzz(options: ProtocolFuzzOptions): Promise<ProtocolFuzzResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-harden-fuzz-"));
  const server = await startOurs(dataDir);
  const random = seeded(options.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const corpus = validFrames();
  const startedAt = performance.now();
  const closesByCode: Record<string, number> = {};
  let written = 0;
  let read = 0;
  let connections = 0;
  let fragments = 0;
  let stop = false;
  let prober: ChildProcess | undefined;
  try {
    const journey = journeyOfCards(30);
    const target = await createMapOn(server.url, journeyFile(journey));
    const other = await createMapOn(server.url, journeyFile(journey));
    const probeArgs = [server.wsUrl, other.id, other.tokens.edit, other.tokens.view];
    prober = fork(join(import.meta.dirname, "probe.ts"), probeArgs, {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const started = prober;
    await new Promise<void>((done) => started.once("message", () => done()));

    const tokens = [target.tokens.edit, target.tokens.edit, target.tokens.owner, target.tokens.view];
    const someFrame = (): Uint8Array => corpus[pick(corpus.length)] ?? new Uint8Array();
    // About a quarter of the frames are unreadable (and end their connection); the rest are read and refused,
    // dropped or applied. Huge frames are rare because each one costs a connection and megabytes.
    const nextFrame = (): Uint8Array | string => {
      const roll = pick(10_000);
      if (roll < 2000) return mutate(someFrame(), random);
      if (roll < 2150) return Buffer.from(mutate(someFrame(), random)).toString("latin1");
      if (roll < 2200) return new Uint8Array(0);
      if (roll < 2400) return Uint8Array.from({ length: 1 + pick(64) }, () => pick(256));
      if (roll < 2500) return someFrame();
      if (roll < 9998) return oddFrame(random);
      return pick(2) === 0 ? HUGE : TOO_HUGE;
    };

    const fuzzSocket = async (index: number): Promise<void> => {
      while (!stop && read < options.frames) {
        const ws = new WebSocket(`${server.wsUrl}/${target.id}?token=${tokens[index % tokens.length]}`, {
          perMessageDeflate: false,
        });
        connections++;
        ws.on("error", () => {});
        let pongs = 0;
        ws.on("pong", () => pongs++);
        const closed = new Promise<void>((done) =>
          ws.once("close", (code) => {
            closesByCode[code] = (closesByCode[code] ?? 0) + 1;
            // The frame that made the server close the connection was read too.
            if (code === 4400 || code === 4413 || code === 1009) read++;
            done();
          }),
        );
        await new Promise<void>((done) => {
          ws.once("open", () => done());
          ws.once("close", () => done());
        });
        while (!stop && read < options.frames && ws.readyState === ws.OPEN) {
          const before = pongs;
          let sent = 0;
          for (; sent < options.burst && read + sent < options.frames; sent++) {
            ws.send(nextFrame());
            ws.ping();
            written++;
          }
          await whenSocket(ws, () => pongs - before >= sent || ws.readyState !== ws.OPEN, 30_000, "pongs").catch(
            () => {},
          );
          read += pongs - before;
        }
        ws.terminate();
        await closed;
      }
    };

    const cpuBefore = sampleProcess(server.pid);
    const deadline = setTimeout(() => (stop = true), options.timeLimitMs);
    const fragmentRuns = (async () => {
      for (let r = 0; r < options.fragmentRuns && !stop; r++) {
        fragments += await endlessFragments(`${server.wsUrl}/${target.id}?token=${target.tokens.edit}`, 6 * 1024);
      }
    })();
    await Promise.all([...Array.from({ length: options.sockets }, (_, i) => fuzzSocket(i)), fragmentRuns]);
    clearTimeout(deadline);
    const serverCpuPercent = cpuPercent(cpuBefore, sampleProcess(server.pid));
    const running = prober;
    const report = new Promise<unknown>((done) => running.once("message", done));
    running.send("stop");
    const probeResult = probeReport.parse(await report);

    const serverExited = server.child.exitCode !== null || server.child.signalCode !== null;
    let fuzzedMapSyncs = false;
    if (!serverExited) {
      const after = rawClient(server.wsUrl, target.id, { token: target.tokens.view });
      fuzzedMapSyncs = await until(() => after.synced, 15_000, "a client of the fuzzed map").then(
        () => true,
        () => false,
      );
      if (!fuzzedMapSyncs && process.env["FUZZ_DEBUG"]) {
        console.error(JSON.stringify([after.received, await Promise.race([after.closed, "open"])]));
        console.error(server.output().split("\n").slice(-5).join("\n"));
      }
      after.ws.terminate();
    }
    const heldBackDropped = (server.output().match(/^dropping what .* held back unapplied/gm) ?? []).length;
    return {
      frames: read,
      written,
      connections,
      fragments,
      closesByCode,
      serverExited,
      probeWrites: probeResult.writes,
      probeMissing: probeResult.missing,
      probeMaxMs: Math.max(0, ...probeResult.latencies),
      probeP99Ms: percentile(probeResult.latencies, 99),
      fuzzedMapSyncs,
      heldBackDropped,
      seconds: (performance.now() - startedAt) / 1000,
      serverCpuPercent,
    };
  } finally {
    stop = true;
    prober?.kill();
    await server.stop("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Runs the command line's `main` in this process and collects its exit code and its output, as lines or as the
// real command's stdout and stderr; fails the run if it changed the working folder, process.exitCode or the env.
import { main } from "../../server/cli";
import type { Run } from "./run";

export type InProcessRun = { code: number; out: string[]; err: string[] };

type Streams = { out: (text: string) => void; err: (text: string) => void };

/** The process-wide state a run must leave as it found it. */
function snapshot() {
  return { cwd: process.cwd(), exitCode: process.exitCode, env: { ...process.env } };
}

/** Puts back what a run changed and says what that was, so a leak fails the test rather than the next one. */
function restore(before: ReturnType<typeof snapshot>): string[] {
  const leaks: string[] = [];
  if (process.cwd() !== before.cwd) {
    leaks.push(`the working folder (now ${process.cwd()})`);
    process.chdir(before.cwd);
  }
  if (process.exitCode !== before.exitCode) {
    leaks.push(`process.exitCode (now ${String(process.exitCode)})`);
    process.exitCode = before.exitCode;
  }
  for (const name of new Set([...Object.keys(before.env), ...Object.keys(process.env)])) {
    if (process.env[name] === before.env[name]) continue;
    leaks.push(`the environment variable ${name}`);
    if (before.env[name] === undefined) delete process.env[name];
    else process.env[name] = before.env[name];
  }
  return leaks;
}

/**
 * Calls main with `streams`; anything written past them (process.stdout, process.stderr, the console) while it
 * runs goes to the same stream too, as it would from the real command.
 */
async function guarded(argv: string[], streams: Streams): Promise<number> {
  const before = snapshot();
  const { stdout, stderr } = process;
  const writes = { out: stdout.write, err: stderr.write };
  const consoleMethods = ["log", "info", "debug", "warn", "error"] as const;
  const consoleSaved = consoleMethods.map((m) => console[m]);
  const catcher =
    (to: (text: string) => void) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      to(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    };
  stdout.write = catcher(streams.out) as typeof stdout.write;
  stderr.write = catcher(streams.err) as typeof stderr.write;
  for (const m of consoleMethods) {
    const to = m === "warn" || m === "error" ? streams.err : streams.out;
    console[m] = (...args: unknown[]) => to(`${args.map(String).join(" ")}\n`);
  }
  let code: number;
  try {
    code = await main(argv, { out: (line) => streams.out(`${line}\n`), err: (line) => streams.err(`${line}\n`) });
  } finally {
    stdout.write = writes.out;
    stderr.write = writes.err;
    consoleMethods.forEach((m, i) => (console[m] = consoleSaved[i]!));
  }
  const leaks = restore(before);
  if (leaks.length > 0) throw new Error(`outside-in ${argv.join(" ")} changed ${leaks.join(", ")}`);
  return code;
}

/** main's lines on stdout and stderr, each without its newline. */
export async function runInProcess(...argv: string[]): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await guarded(argv, {
    out: (text) => out.push(text.endsWith("\n") ? text.slice(0, -1) : text),
    err: (text) => err.push(text.endsWith("\n") ? text.slice(0, -1) : text),
  });
  return { code, out, err };
}

/** The same as `outsideIn` (the real command) answers, with main run in this process: code, stdout, stderr. */
export async function outsideInProcess(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await guarded(argv, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

// Servers under test as child processes on loopback: ours (`node server/bin.mjs serve`) and the reference
// y-websocket server of @y/websocket-server without persistence, so their CPU and memory can be read from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

export interface ServerProcess {
  kind: "ours" | "reference";
  child: ChildProcess;
  pid: number;
  url: string;
  wsUrl: string;
  /** Milliseconds from spawn to the line that says it serves. */
  startedInMs: number;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function startChild(
  kind: ServerProcess["kind"],
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The ${kind} server did not start in ${timeoutMs} ms: ${output}`)),
      timeoutMs,
    );
    const check = (): void => {
      const found = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        child.stdout?.off("data", check);
        done(found);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`The ${kind} server exited (${code ?? signal}) before serving: ${output}`));
    });
  });
  const startedInMs = performance.now() - started;
  child.removeAllListeners("exit");
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once("exit", () => done());
  });
  return {
    kind,
    child,
    pid: child.pid ?? -1,
    url,
    wsUrl: url.replace(/^http/, "ws") + "/ws",
    startedInMs,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/**
 * Our server on a free port with its SQLite under dataDir; the browser app is served from dist/ as built.
 * `instrumented` starts it through bench/harden/serve.ts instead: the same startServer, with IDLE_MS honoured and
 * a memory report (after a GC) printed on SIGUSR2.
 */
export function startOurs(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 15_000,
  instrumented = false,
): Promise<ServerProcess> {
  return startChild(
    "ours",
    instrumented
      ? ["--expose-gc", "--import", "tsx", resolve(import.meta.dirname, "../harden/serve.ts")]
      : ["server/bin.mjs", "serve"],
    { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SKIP_BUILD: "1", PUBLIC_URL: "", ...env },
    timeoutMs,
  );
}

/** The reference server, speaking on /ws/:name like ours so the same clients reach both. */
export function startReference(timeoutMs = 15_000): Promise<ServerProcess> {
  return startChild("reference", [resolve(import.meta.dirname, "referenceServer.mjs")], {}, timeoutMs);
}

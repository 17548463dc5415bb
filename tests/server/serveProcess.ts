// The real server as a child process on a data folder, as `outside-in serve` runs it: for tests that kill it.
import { spawn, type ChildProcess } from "node:child_process";
import { root, waitFor } from "./helpers";

export interface ServedProcess {
  child: ChildProcess;
  url: string;
  startedInMs: number;
}

/** Starts `node server/bin.mjs serve` on `dir` and a free port; the child goes into `children` to be killed after. */
export async function serveProcess(dir: string, children: ChildProcess[]): Promise<ServedProcess> {
  const started = Date.now();
  const child = spawn(process.execPath, ["server/bin.mjs", "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, SKIP_BUILD: "1", PUBLIC_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(() => /running at (http:\/\/\S+)/.test(output) || child.exitCode !== null, 15000, "server start");
  const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`The server did not start: ${output}`);
  return { child, url, startedInMs: Date.now() - started };
}

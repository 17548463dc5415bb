// The server with its shared PNG Chromium open: closing it closes the browser, and Ctrl-C (SIGINT) on the process
// still saves and closes as the server says, exits with 0, and leaves no Chromium behind.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, pngBrowser } from "../../server/png";
import { createMap, root, startTestServer, waitFor } from "./helpers";

let child: ChildProcess | undefined;
let dataDir = "";

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it("stops on SIGINT with exit code 0 after a PNG export, and closes its Chromium", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "outside-in-png-stop-"));
  const server = spawn(process.execPath, ["server/bin.mjs", "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SKIP_BUILD: "1", PUBLIC_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = server;
  let output = "";
  server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(() => /running at (http:\/\/\S+)/.test(output) || server.exitCode !== null, 15000, "server start");
  const url = /running at (http:\/\/\S+)/.exec(output)?.[1] ?? "";
  const map = await createMap(url, { title: "Stop after a PNG" });
  const res = await fetch(`${url}/api/maps/${map.id}/export?format=png`, {
    headers: { Authorization: `Bearer ${map.tokens.view}` },
  });
  expect(res.status).toBe(200);
  // The shared Chromium is still open, a child of the server.
  const chromium = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(server.pid)], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes("chrom"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  expect(chromium).toHaveLength(1);
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  server.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(output).toContain("SIGINT: saving and closing…");
  await waitFor(() => !chromium.some(alive), 5000, "Chromium to be gone");
}, 60_000);

it("closes the shared Chromium when the server closes", async () => {
  const launched: Browser[] = [];
  const launch = pngBrowser.launch;
  pngBrowser.launch = async (path) => {
    const browser = await launchChromium(path);
    launched.push(browser);
    return browser;
  };
  try {
    const t = await startTestServer();
    dataDir = t.dataDir;
    const map = await createMap(t.url, { title: "Close after a PNG" });
    const res = await fetch(`${t.url}/api/maps/${map.id}/export?format=png`, {
      headers: { Authorization: `Bearer ${map.tokens.view}` },
    });
    expect(res.status).toBe(200);
    expect(launched.map((b) => b.isConnected())).toEqual([true]);
    await t.server.close();
    expect(launched.map((b) => b.isConnected())).toEqual([false]);
  } finally {
    pngBrowser.launch = launch;
  }
}, 60_000);

// The line `npm start` prints once it serves: the address it listens on, and with PUBLIC_URL the address share
// links point to as well, so whoever starts it behind a proxy can still reach it directly.
import { afterEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api, createMap, root, waitFor } from "./helpers";

const children: ChildProcess[] = [];
let dataDir = "";

afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function startupLine(publicUrl: string): Promise<string> {
  dataDir = await mkdtemp(join(tmpdir(), "outside-in-startup-"));
  const child = spawn(process.execPath, ["server/bin.mjs", "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SKIP_BUILD: "1", PUBLIC_URL: publicUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(() => /running at .*\n/.test(output) || child.exitCode !== null, 15000, "server start");
  const line = /^.*running at .*$/m.exec(output)?.[0];
  if (!line) throw new Error(`The server did not start: ${output}`);
  return line;
}

describe("the startup line", () => {
  it("names the address it listens on and, with PUBLIC_URL, the one share links use", async () => {
    const line = await startupLine("https://maps.example.org/");
    const listening = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    expect(listening, line).toBeDefined();
    expect(line).toContain("https://maps.example.org");
    const url = listening ?? "";
    expect((await api(url, "/api/health")).body).toEqual({ ok: true });
    const map = await createMap(url);
    expect(map.links.view).toBe(`https://maps.example.org/m/${map.id}#token=${map.tokens.view}`);
  }, 30_000);

  it("names the one address when PUBLIC_URL is not set", async () => {
    const line = await startupLine("");
    expect(line).toMatch(/^Outside-In is running at http:\/\/127\.0\.0\.1:\d+$/);
  }, 30_000);
});

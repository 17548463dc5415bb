// CREATE_TOKEN from the environment: a token no client could send stops `serve` with a sentence; a good one is
// what creating a map needs. One bad token and the good one run the real command; the other bad ones run `serve`
// in this process, its modules loaded afresh each time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInProcess } from "../cli/inProcess";
import { root, waitFor } from "./helpers";

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function serve(createToken: string): Promise<{ child: ChildProcess; output: () => string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-create-token-"));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ["server/bin.mjs", "serve"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SKIP_BUILD: "1",
      CREATE_TOKEN: createToken,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(() => /running at .*\n/.test(output) || child.exitCode !== null, 15000, "server start or exit");
  return { child, output: () => output };
}

/**
 * `serve` run in this process with CREATE_TOKEN and the rest of the environment as `serve` above sets it, put back
 * afterwards; the server's modules are loaded afresh, since a module that failed once would only repeat its error.
 */
async function serveInProcess(createToken: string): Promise<{ code: number; output: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-create-token-"));
  dirs.push(dataDir);
  const vars = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SKIP_BUILD: "1", CREATE_TOKEN: createToken };
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  vi.resetModules();
  try {
    const { code, out, err } = await runInProcess("serve");
    return { code, output: [...out, ...err].join("\n") };
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe("CREATE_TOKEN", () => {
  it('that no client could send ("two words") stops the server with a sentence', async () => {
    const { child, output } = await serve("two words");
    await waitFor(() => child.exitCode !== null, 5000, "exit");
    expect(child.exitCode).toBe(1);
    expect(output()).toContain("CREATE_TOKEN must be one word of printable characters");
    expect(output()).not.toContain("running at");
  }, 30_000);

  it.each(["price-5€", "tab\there", "line\nbreak"])(
    "that no client could send (%j) stops the server with a sentence (in this process)",
    async (token) => {
      const { code, output } = await serveInProcess(token);
      expect(code).toBe(1);
      expect(output).toContain("CREATE_TOKEN must be one word of printable characters");
      expect(output).not.toContain("running at");
    },
  );

  it("that a client can send is what creating a map needs", async () => {
    const token = "Geheim-Wörter_42";
    const { output } = await serve(token);
    const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
    expect(url, output()).toBeDefined();
    const create = (authorization?: string) =>
      fetch(`${url}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(authorization ? { Authorization: authorization } : {}) },
        body: JSON.stringify({ title: "T" }),
      });
    expect((await create()).status).toBe(401);
    // A header carries Latin-1 as single bytes: the ö goes as the byte 0xF6, which the server reads back as ö.
    expect((await create(`Bearer ${token}`)).status).toBe(201);
  }, 30_000);
});

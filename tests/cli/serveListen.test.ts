// `outside-in serve` that cannot listen says what to change, PORT or HOST, in a sentence and exits 1: a port already
// in use printed Node's "listen EADDRINUSE: address already in use 127.0.0.1:8080", a HOST that names nothing
// "getaddrinfo ENOTFOUND …".
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listenProblem } from "../../server/listenProblem";

const BIN = fileURLToPath(new URL("../../server/bin.mjs", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function serve(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, "serve"],
      { cwd: ROOT, timeout: 30_000, env: { ...process.env, SKIP_BUILD: "1", ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

let dataDir: string;
let holder: Server;
let port: number;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "outside-in-listen-"));
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  port = (holder.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => holder.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
});

describe("outside-in serve that cannot listen", () => {
  it("says the port is in use and to set PORT, and exits 1", async () => {
    const run = await serve({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `outside-in serve: Port ${port} on 127.0.0.1 is already in use: stop what runs there, or set PORT to a free port.`,
    );
  });

  it("says a HOST that names nothing is no address this machine can find", async () => {
    const run = await serve({ PORT: "0", HOST: "no-such-host.invalid", DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'outside-in serve: HOST "no-such-host.invalid" is not an address or a name this machine can find: set HOST to an address such as 127.0.0.1 or 0.0.0.0.',
    );
  });

  it("words each listening error and leaves others to their own message", () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(listenProblem(error("EADDRNOTAVAIL"), "10.9.8.7", 8080)).toBe(
      "HOST 10.9.8.7 is not an address of this machine: set HOST to one of its addresses, such as 127.0.0.1 or 0.0.0.0.",
    );
    expect(listenProblem(error("EACCES"), "0.0.0.0", 80)).toBe(
      "Listening on port 80 is not allowed for this user (ports below 1024 usually need more rights): set PORT to a port from 1024 up.",
    );
    expect(listenProblem(error("SQLITE_CANTOPEN"), "127.0.0.1", 8080)).toBeUndefined();
  });
});

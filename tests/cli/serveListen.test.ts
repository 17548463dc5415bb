// `outside-in serve` that cannot listen or open its storage says what to change, PORT, HOST or DATA_DIR, in a
// sentence and exits 1: a port already in use printed Node's "listen EADDRINUSE: address already in use
// 127.0.0.1:8080", a HOST that names nothing "getaddrinfo ENOTFOUND …", a DATA_DIR that is a file "EEXIST: file
// already exists, mkdir …", and a database file that is none SQLite's "file is not a database".
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataDirProblem } from "../../server/dataDirProblem";
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

// Each case starts the real command, which takes a second or more to load before it fails: the cases of a group run
// side by side.
describe.concurrent("outside-in serve that cannot listen", () => {
  it("says the port is in use and to set PORT, and exits 1", async ({ expect }) => {
    const run = await serve({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `outside-in serve: Port ${port} on 127.0.0.1 is already in use: stop what runs there, or set PORT to a free port.`,
    );
  });

  it("says a HOST that names nothing is no address this machine can find", async ({ expect }) => {
    // A folder of its own: the port case opens a database in dataDir at the same time.
    const run = await serve({ PORT: "0", HOST: "no-such-host.invalid", DATA_DIR: join(dataDir, "host") });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'outside-in serve: HOST "no-such-host.invalid" is not an address or a name this machine can find: set HOST to an address such as 127.0.0.1 or 0.0.0.0.',
    );
  });

  it("words each listening error and leaves others to their own message", ({ expect }) => {
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

describe.concurrent("outside-in serve that cannot open its storage", () => {
  it("says a DATA_DIR that is a file is no folder, and one under a file cannot be made", async ({ expect }) => {
    const file = join(dataDir, "maps.txt");
    await writeFile(file, "notes");
    const [run, under] = await Promise.all([
      serve({ PORT: "0", DATA_DIR: file }),
      serve({ PORT: "0", DATA_DIR: join(file, "maps") }),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `outside-in serve: DATA_DIR ${file} is a file, not a folder: set DATA_DIR to a folder for the maps.`,
    );
    expect(under.code).toBe(1);
    expect(under.stderr.trim()).toBe(
      `outside-in serve: DATA_DIR ${join(file, "maps")} cannot be made: a part of its path is a file, not a folder. Set DATA_DIR to a folder for the maps.`,
    );
    expect(await readFile(file, "utf8")).toBe("notes");
  });

  it("says a database file that is none cannot be read, and leaves it as it is", async ({ expect }) => {
    const dir = join(dataDir, "broken");
    await mkdir(dir);
    await writeFile(join(dir, "outside-in.sqlite"), "not a database");
    const run = await serve({ PORT: "0", DATA_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `outside-in serve: ${join(dir, "outside-in.sqlite")} is not a database Outside-In can read; it was left as it is. Move it away, or set DATA_DIR to another folder.`,
    );
    expect(await readFile(join(dir, "outside-in.sqlite"), "utf8")).toBe("not a database");
    expect(await readdir(dir)).toEqual(["outside-in.sqlite"]);
  });

  it("leaves other errors to their own message", ({ expect }) => {
    expect(dataDirProblem(Object.assign(new Error("x"), { code: "EADDRINUSE" }), "/srv/maps")).toBeUndefined();
  });
});

// How validate, check and export read a file: the size limit is kept before reading (stat) or while reading
// (devices, FIFOs), so no file, however large or endless, is held in memory beyond the limit and one byte.
// Runs main in this process (outsideInProcess), and in a fresh node where the peak memory is measured.
import { execFile } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { MAX_FILE_BYTES } from "../../src/format";
import { asFile, tinyJourney } from "../fixtures/journeys";
import { outsideInProcess } from "./inProcess";

const TOO_LARGE = "This file is too large: a journey file may be at most 10 MiB.";
const CLI = new URL("../../server/cli.ts", import.meta.url).href;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sparse(name: string, bytes: number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, "");
  await truncate(path, bytes);
  return path;
}

/** Runs the CLI's main in a fresh node and answers its output and the peak memory (resident set) in MiB. */
async function peakMemory(...args: string[]): Promise<{ output: string; maxRssMiB: number }> {
  const script = `
    import { register } from "tsx/esm/api";
    register();
    const { main } = await import(${JSON.stringify(CLI)});
    const lines = [];
    const io = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
    await main(${JSON.stringify(args)}, io);
    process.stdout.write(JSON.stringify({ output: lines.join("\\n"), maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    timeout: 60_000,
  });
  return JSON.parse(stdout) as { output: string; maxRssMiB: number };
}

describe("reading a journey file", () => {
  it("refuses a file over the limit by its size, before reading it", async () => {
    const huge = await sparse("huge.json", 3 * 1024 ** 3);
    for (const command of [["validate"], ["check"], ["export", "--format", "json", "--out", join(dir, "o.json")]]) {
      const run = await outsideInProcess(command[0] ?? "", huge, ...command.slice(1));
      expect(run.code).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toBe(`${huge}: ${TOO_LARGE}\n`);
    }
    expect(existsSync(join(dir, "o.json"))).toBe(false);
  });

  it("does not take the memory of a large file to refuse it", async () => {
    const big = await sparse("big.json", 400 * 1024 ** 2);
    const { output, maxRssMiB } = await peakMemory("validate", big);
    expect(output).toBe(`${big}: ${TOO_LARGE}`);
    expect(maxRssMiB).toBeLessThan(300);
  });

  it("takes a file of exactly the limit and refuses one byte more", async () => {
    const text = JSON.stringify(asFile(tinyJourney()));
    const exact = join(dir, "exact.json");
    await writeFile(exact, text + " ".repeat(MAX_FILE_BYTES - Buffer.byteLength(text)));
    expect((await outsideInProcess("validate", exact)).code).toBe(0);
    const over = join(dir, "over.json");
    await writeFile(over, text + " ".repeat(MAX_FILE_BYTES - Buffer.byteLength(text) + 1));
    const run = await outsideInProcess("validate", over);
    expect(`${run.stdout}${run.stderr}`).toBe(`${over}: ${TOO_LARGE}\n`);
  });

  it.runIf(existsSync("/dev/zero"))("reads a device up to the limit and one byte, and refuses it", async () => {
    const { output, maxRssMiB } = await peakMemory("validate", "/dev/zero");
    expect(output).toBe(`/dev/zero: ${TOO_LARGE}`);
    expect(maxRssMiB).toBeLessThan(300);
  });

  it.runIf(process.platform !== "win32")("reads a FIFO, whose size the file system does not tell", async () => {
    const fifo = join(dir, "pipe.json");
    await promisify(execFile)("mkfifo", [fifo]);
    const writeAll = (body: string) =>
      new Promise<void>((resolve) => {
        const stream = createWriteStream(fifo);
        stream.on("error", () => resolve()); // the reader may stop early: that is the point
        stream.end(body, () => resolve());
      });
    const [valid] = await Promise.all([
      outsideInProcess("validate", fifo),
      writeAll(JSON.stringify(asFile(tinyJourney()))),
    ]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toBe(`${fifo}: valid journey (2 stages, 3 lanes, 5 cards)\n`);
    const [endless] = await Promise.all([
      outsideInProcess("validate", fifo),
      writeAll(" ".repeat(MAX_FILE_BYTES + 4096)),
    ]);
    expect(endless.code).toBe(1);
    expect(`${endless.stdout}${endless.stderr}`).toBe(`${fifo}: ${TOO_LARGE}\n`);
  });

  it("still says when a file is missing or a folder", async () => {
    const missing = join(dir, "nope.json");
    expect((await outsideInProcess("check", missing)).stderr).toBe(
      `${missing}: cannot read this file: it does not exist.\n`,
    );
    expect((await outsideInProcess("check", dir)).stderr).toBe(`${dir}: cannot read this file: it is a folder.\n`);
  });
});

// The second step of `npm test`: the unit, component and server tests and the browser tests, at the same time. The
// browser tests wait on pages far more than they compute (about three quarters of a core on average), so beside the
// other suite they take little longer, and `npm test` takes minutes less than with one suite after the other. The
// unit suite prints as it runs; the browser suite's output is held back until the unit suite has ended, then printed
// and followed as it goes, so the two never interleave. The step fails when either suite failed.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { projectRoot } from "../server/appBuild";

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");

interface Suite {
  name: string;
  child: ChildProcess;
  ended: Promise<number>;
}

function start(name: string, args: string[], out: (chunk: Buffer) => void): Suite {
  const child = spawn(process.execPath, [vitest, "run", ...args], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    // Colours as a terminal would get them, although the output goes through a pipe.
    env: { ...process.env, ...(process.stdout.isTTY && !process.env["NO_COLOR"] ? { FORCE_COLOR: "1" } : {}) },
  });
  child.stdout?.on("data", out);
  child.stderr?.on("data", out);
  const ended = new Promise<number>((done) => {
    child.on("error", (error) => {
      out(Buffer.from(`[${name}] could not start: ${error.message}\n`));
      done(1);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
  return { name, child, ended };
}

const write = (chunk: Buffer): void => void process.stdout.write(chunk);

const held: Buffer[] = [];
let holding = true;
const browser = start("browser tests", ["--config", "vitest.e2e.config.ts"], (chunk) => {
  if (holding) held.push(chunk);
  else write(chunk);
});
const unit = start("unit tests", [], write);

// Ctrl+C ends both.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const suite of [unit, browser]) suite.child.kill(signal);
  });
}

const unitCode = await unit.ended;
console.log(`[unit tests] ${unitCode === 0 ? "passed" : `failed (exit code ${unitCode})`}`);
console.log("[browser tests] (run beside the unit tests; their output so far, then as it comes)");
holding = false;
for (const chunk of held.splice(0)) write(chunk);
const browserCode = await browser.ended;
console.log(`[browser tests] ${browserCode === 0 ? "passed" : `failed (exit code ${browserCode})`}`);
if (unitCode !== 0 || browserCode !== 0) process.exit(1);

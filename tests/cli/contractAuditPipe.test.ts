// A script that reads only the first lines of the command's output (`outside-in validate FILE | head -1`) closes the
// pipe early: the command ends with its own exit code and says nothing about the closed pipe (before: Node's
// unhandled 'error' event, EPIPE, with a stack trace on stderr).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../server/bin.mjs", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const REFUSED = fileURLToPath(new URL("../fixtures/audit/refused/bad-anchors.journey.json", import.meta.url));
const VALID = fileURLToPath(new URL("../fixtures/audit/valid/checks-mix.en.journey.json", import.meta.url));

/** Runs the command with its standard output closed by the reader before anything is written to it. */
function runWithClosedOutput(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a reader that closes the output early", () => {
  it("leaves validate its exit code and its count of problems, without a stack trace", async () => {
    const run = await runWithClosedOutput("validate", REFUSED);
    expect(run).toEqual({
      code: 1,
      stderr: `${REFUSED}: This file is not a valid Outside-In journey: 6 problems.\n`,
    });
  }, 30_000);

  it("leaves check --json its exit code 0", async () => {
    expect(await runWithClosedOutput("check", VALID, "--json")).toEqual({ code: 0, stderr: "" });
  }, 30_000);
});

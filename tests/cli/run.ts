// Runs the real `outside-in` command (node server/bin.mjs) and collects its exit code and output.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../server/bin.mjs", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type Run = { code: number; stdout: string; stderr: string };

export function outsideIn(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

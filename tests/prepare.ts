// The first step of `npm test`: the type check, the lint and (when dist/ is not a build of the current sources) the
// browser app's production build for the browser tests, at once rather than one after the other. Each prints what it
// said once it ends; the step fails, after all three ended, when any of them failed.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { appBuildNeeded, projectRoot } from "../server/appBuild";

const require = createRequire(import.meta.url);
const bin = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

interface Step {
  name: string;
  args: string[];
}

const steps: Step[] = [
  { name: "type check", args: [bin("typescript", "bin/tsc"), "-p", "tsconfig.json", "--noEmit"] },
  { name: "lint", args: [bin("eslint", "bin/eslint.js"), "."] },
];
if (appBuildNeeded()) {
  steps.push({
    name: "build of the browser app",
    args: ["--import", "tsx", "-e", 'import("./server/appBuild.ts").then((m) => m.buildApp())'],
  });
}

function run(step: Step): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, step.args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    const said: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => said.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => said.push(chunk));
    child.on("error", (error) => {
      said.push(Buffer.from(`${error.message}\n`));
    });
    child.on("close", (code) => {
      const text = Buffer.concat(said).toString("utf8");
      if (text.trim() !== "") process.stdout.write(`[${step.name}]\n${text}`);
      console.log(`[${step.name}] ${code === 0 ? "passed" : `failed (exit code ${String(code)})`}`);
      done(code === 0);
    });
  });
}

const results = await Promise.all(steps.map(run));
if (results.some((ok) => !ok)) process.exit(1);

// Builds the browser app into dist/ when it is missing, older than its sources, or not a production build. Used by
// `npm start`, the browser tests and the canvas benchmark, so all three serve what users get.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "..");

/** Written last by buildApp; a dist/ without it (an earlier or interrupted build) is built again. */
export const BUILD_STAMP = ".production-build";

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether dist/ under root lacks a finished production build of the current sources. */
export function appBuildNeeded(root = projectRoot): boolean {
  const stamp = join(root, "dist", BUILD_STAMP);
  if (!existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== "production") return true;
  const sources = ["src", "index.html", "public", "vite.config.ts"]
    .map((p) => join(root, p))
    .filter((p) => existsSync(p));
  return Math.max(...sources.map(newestMtime)) > statSync(stamp).mtimeMs;
}

/**
 * Builds the app in its own process with NODE_ENV=production. Vite takes the mode of React and of its JSX from
 * NODE_ENV when it is set, and test runners set it to "test": a build inside one bundled React's development
 * build, which drew a map of 2,000 cards about half a second slower.
 */
export function buildApp(root = projectRoot): void {
  const stamp = join(root, "dist", BUILD_STAMP);
  rmSync(stamp, { force: true });
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  const run = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  if (run.status !== 0) {
    const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`);
    throw new Error(`Building the browser app failed (${why}); Vite's messages are above.`);
  }
  writeFileSync(stamp, "production\n");
}

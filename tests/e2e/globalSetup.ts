// Runs once before the browser tests: Chromium must exist, and dist/ must be built from the current sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";

// Where the Chromium for browser tests lives; the harness launches the same one.
export const CHROMIUM_MISSING =
  "Browser tests need Chromium: install it with 'apt-get install chromium' (Debian) or set CHROMIUM_PATH.";

export function chromiumPath(): string {
  const path = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(CHROMIUM_MISSING);
  return path;
}

const root = resolve(import.meta.dirname, "../..");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function distIsStale(): boolean {
  const built = join(root, "dist", "index.html");
  if (!existsSync(built)) return true;
  const sources = [join(root, "src"), join(root, "index.html"), join(root, "public"), join(root, "vite.config.ts")];
  const newestSource = Math.max(...sources.filter((p) => existsSync(p)).map(newestMtime));
  return newestSource > statSync(built).mtimeMs;
}

export default async function setup(): Promise<void> {
  chromiumPath();
  if (distIsStale()) {
    console.log("[e2e] building the app into dist/ ...");
    await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  }
}

// Runs once before the browser tests: Chromium must exist, and dist/ must be built from the current sources.
import { existsSync } from "node:fs";
import { appBuildNeeded, buildApp } from "../../server/appBuild";

// Where the Chromium for browser tests lives; the harness launches the same one.
export const CHROMIUM_MISSING =
  "Browser tests need Chromium: install it with 'apt-get install chromium' (Debian) or set CHROMIUM_PATH.";

export function chromiumPath(): string {
  const path = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(CHROMIUM_MISSING);
  return path;
}

export default async function setup(): Promise<void> {
  chromiumPath();
  if (appBuildNeeded()) {
    console.log("[e2e] building the app into dist/ ...");
    buildApp();
  }
}

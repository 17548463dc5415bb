// Where the Chromium for browser tests lives; shared by the global set-up and the harness.
import { existsSync } from "node:fs";

export const CHROMIUM_MISSING =
  "Browser tests need Chromium: install it with 'apt-get install chromium' (Debian) or set CHROMIUM_PATH.";

export function chromiumPath(): string {
  const path = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(CHROMIUM_MISSING);
  return path;
}

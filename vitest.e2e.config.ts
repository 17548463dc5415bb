// Vitest for the browser end-to-end tests: Chromium through playwright-core, one file at a time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/globalSetup.ts"],
    testTimeout: 60000,
    hookTimeout: 120000,
    // Two cores: one browser and one server at a time.
    fileParallelism: false,
    // One worker runs the files one after another and keeps the modules they import (Playwright, the harness, the
    // server's modules) loaded: importing them again for each file took about 1.4 s a file, some 70 s in all. Each
    // file still starts its own app server and Chromium (tests/e2e/suite.ts), so no state crosses files.
    isolate: false,
  },
});

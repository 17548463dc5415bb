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
  },
});

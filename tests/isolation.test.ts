// The node test files that change what their process shares are found, directly or through a helper they import,
// so that they keep a process each (vite.config.ts); the others may share one.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { testsNeedingOwnProcess } from "./isolation";

const root = resolve(import.meta.dirname, "..");

describe("the node test files that need a process of their own", () => {
  it("names this repository's files that mock modules, fake IndexedDB or run the command line in the test's process", () => {
    const own = testsNeedingOwnProcess(root);
    expect(own).toContain("tests/doc/undoStrandsFuzz.test.ts"); // vi.mock
    expect(own).toContain("tests/sync/offline.integration.test.ts"); // fake-indexeddb
    expect(own).toContain("tests/cli/check.test.ts"); // process.chdir in the helper tests/cli/inProcess.ts
    expect(own).toContain("tests/server/trim.test.ts"); // the process's memory, after the allocator's trim
    expect(own).not.toContain("tests/checks/insideOutCorpus.test.ts");
    expect(own.some((f) => f.startsWith("tests/e2e/") || f.endsWith(".tsx"))).toBe(false);
  });

  it("finds each kind of change, in the file or two helpers deep, and nothing in a file without one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "outside-in-isolation-"));
    try {
      await mkdir(join(dir, "tests", "helpers"), { recursive: true });
      const files: Record<string, string> = {
        "tests/plain.test.ts": 'import { x } from "./helpers/pure";\nexpect(process.env["A"] === "1").toBe(false);',
        "tests/helpers/pure.ts": "export const x = 1;",
        "tests/viaHelper.test.ts": 'import { y } from "./helpers/outer";',
        "tests/viaFolder.test.ts": 'import { z } from "./helpers";',
        "tests/helpers/index.ts": 'import "fake-indexeddb/auto";',
        "tests/helpers/outer.ts": 'export { y } from "./inner";',
        "tests/helpers/inner.ts": 'export const y = 1;\nprocess.on("SIGTERM", () => {});',
        "tests/timers.test.ts": "vi.useFakeTimers();",
        "tests/env.test.ts": 'process.env["PORT"] = "1";',
        "tests/global.test.ts": "globalThis.fetch = async () => new Response();",
        "tests/stub.test.ts": 'vi.stubGlobal("fetch", f);',
        "tests/memory.test.ts": "const before = process.memoryUsage.rss();",
      };
      for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
      expect(testsNeedingOwnProcess(dir)).toEqual([
        "tests/env.test.ts",
        "tests/global.test.ts",
        "tests/memory.test.ts",
        "tests/stub.test.ts",
        "tests/timers.test.ts",
        "tests/viaFolder.test.ts",
        "tests/viaHelper.test.ts",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// The idle server's malloc_trim (server/native): built on `npm install` wherever glibc runs, and it really hands
// memory freed in the middle of the heap back to the system, which glibc alone keeps.
import { describe, expect, it } from "vitest";
import { fullGc } from "../../server/idleMemory";
import { trimAvailable, trimMemory } from "../../server/native/trim";

const glibc = Boolean(
  (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime,
);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1048576;

describe.runIf(glibc)("malloc_trim for the idle server", () => {
  it("was built by npm install", () => {
    expect(trimAvailable, "server/native was not built: run `npm install` and read what node-gyp says").toBe(true);
  });

  it("returns memory freed behind blocks still in use", async () => {
    const gc = fullGc();
    expect(gc).not.toBeNull();
    // 80 MB in small blocks from the allocator's main heap; one block in 50 stays in use, so nothing can be cut
    // off the heap's top.
    const blocks: Buffer[] = [];
    const kept: Buffer[] = [];
    for (let i = 0; i < 40_000; i++) {
      const block = Buffer.alloc(2000, i);
      blocks.push(block);
      if (i % 50 === 0) kept.push(block);
    }
    blocks.length = 0;
    for (let i = 0; i < 3; i++) {
      gc?.();
      await sleep(100);
    }
    const freed = process.memoryUsage.rss();
    expect(trimMemory()).toBe(true);
    const trimmed = process.memoryUsage.rss();
    expect(freed - trimmed).toBeGreaterThan(40 * MB);
    expect(kept.every((block, i) => block[0] === (i * 50) % 256)).toBe(true);
  });
});

describe.runIf(!glibc)("without glibc", () => {
  it("trims nothing and says so", () => {
    expect(trimMemory()).toBe(false);
  });
});

// A short soak (200 clients for 10 minutes in `npm run harden`): after everyone leaves, the maps unload, the
// server collects as it does when idle, and its heap is back within 10 % of where it started. Whether V8 also
// shrinks what it reserved depends on seconds of quiet this short run does not have: the full soak reports it, and
// waits for it before it reads the memory; the heap used after a full GC needs no such wait, so this run reads it at
// once. The maps unload 300 ms after their last client leaves, as they do after 30 s in use.
import { describe, expect, it } from "vitest";
import { runSoak } from "../../bench/harden/soak";

describe("clients editing for a while, then all leaving", () => {
  it("unloads every map and gives the memory back", async () => {
    const r = await runSoak({ clients: 40, maps: 8, durationMs: 4000, idleMs: 300, idleGcMs: 300, settleMs: 0 });
    expect(r.writes).toBeGreaterThan(0);
    expect(r.unloaded).toBe(r.maps);
    expect(r.heapGrowth).toBeLessThanOrEqual(0.1);
  }, 60_000);
});

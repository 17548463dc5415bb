// The protocol fuzz with a few thousand frames (a million in `npm run harden`): the server survives, the fuzzed
// map still syncs and another map keeps syncing throughout.
import { describe, expect, it } from "vitest";
import { runProtocolFuzz } from "../../bench/harden/protocolFuzz";

describe("mutated, lying, empty, huge and endless frames", () => {
  it("neither crash the server nor stop another map or the fuzzed map from syncing", async () => {
    const r = await runProtocolFuzz({
      frames: 4000,
      sockets: 4,
      burst: 10,
      seed: 7,
      timeLimitMs: 25_000,
      fragmentRuns: 1,
    });
    expect(r.serverExited).toBe(false);
    expect(r.frames).toBeGreaterThanOrEqual(4000);
    expect(r.closesByCode["4400"]).toBeGreaterThan(0);
    expect(r.fragments).toBeGreaterThan(0);
    expect(r.probeWrites).toBeGreaterThan(0);
    expect(r.probeMissing).toBe(0);
    // 250 ms is the full run's bar on a quiet machine; other test files share the two cores here.
    expect(r.probeMaxMs).toBeLessThan(2000);
    expect(r.fuzzedMapSyncs).toBe(true);
  }, 60_000);
});

// The import fuzz with a few hundred files (10,000 in `npm run harden`): validate and POST /api/maps agree on
// every file, refusals are sentences, and only whole maps are stored.
import { describe, expect, it } from "vitest";
import { runImportFuzz } from "../../bench/harden/importFuzz";

describe("mutated journey files", () => {
  it("are accepted by validate and the API alike or refused by both with a sentence, storing nothing partial", async () => {
    // Three files on their way at once: the next is mutated and validated while the server reads the last.
    const r = await runImportFuzz({ files: 400, seed: 11, timeLimitMs: 30_000, inFlight: 3 });
    expect(r.files).toBe(400);
    expect(r.accepted).toBeGreaterThan(0);
    expect(r.refused).toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
    expect(r.mapsStored).toBe(r.accepted);
    expect(r.incompleteMaps).toBe(0);
    expect(r.orphanRows).toBe(0);
    expect(r.serverExited).toBe(false);
  }, 60_000);
});

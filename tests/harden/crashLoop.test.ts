// The crash loop with a few cycles (the full 50 run in `npm run harden`): kill -9 during edits loses nothing a
// peer saw, SQLite stays sound, and the server serves again quickly.
import { describe, expect, it } from "vitest";
import { runCrashLoop } from "../../bench/harden/crashLoop";

describe("kill -9 during continuous editing", () => {
  it("loses no edit any peer saw over three crash cycles, and the database passes integrity_check", async () => {
    const r = await runCrashLoop({ cycles: 3, writers: 3, editMs: 400 });
    expect(r.seen).toBeGreaterThan(0);
    expect(r.lost).toBe(0);
    expect(r.integrity).toBe("ok");
    // The full run holds restarts to 2 s on a quiet machine; here other test files share the two cores.
    expect(r.maxRestartMs).toBeLessThan(6000);
  }, 60_000);
});

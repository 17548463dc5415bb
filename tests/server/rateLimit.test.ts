// The comments' sliding-window limit: how many a key may send in the window, and when it may send again.
import { describe, expect, it } from "vitest";
import { RateLimit } from "../../server/comments/rateLimit";

describe("the comment rate limit", () => {
  it("refuses past its count in the window and says when the oldest hit leaves it", () => {
    const limit = new RateLimit(2, 60_000);
    expect(limit.take("a", 1_000)).toBe(true);
    expect(limit.take("a", 11_000)).toBe(true);
    expect(limit.take("a", 20_000)).toBe(false);
    // The hit at 1 s leaves the window at 61 s: 41 s after 20 s.
    expect(limit.waitSeconds("a", 20_000)).toBe(41);
    expect(limit.waitSeconds("a", 60_999)).toBe(1);
    expect(limit.take("a", 61_000)).toBe(true);
    // Another key is counted on its own, and one never seen may send at once.
    expect(limit.take("b", 20_000)).toBe(true);
    expect(limit.waitSeconds("c", 20_000)).toBe(1);
  });
});

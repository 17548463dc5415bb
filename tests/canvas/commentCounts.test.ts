import { openThreadCounts } from "../../src/canvas/commentCounts";
import type { Comment } from "../../src/doc";

const comment = (id: string, anchorId: string | undefined, resolved = false): Comment => ({
  id,
  anchor: anchorId === undefined ? { kind: "map" } : { kind: "card", id: anchorId },
  author: "Ada",
  text: "Is this worded from the customer's side?",
  createdAt: "2026-11-22T10:00:00.000Z",
  resolved,
  replies: [],
});

describe("open comment threads per card", () => {
  it("counts unresolved threads per anchor and leaves out resolved and map-wide ones", () => {
    const comments = [comment("a", "cd_1"), comment("b", "cd_1"), comment("c", "cd_1", true), comment("d", undefined)];
    const counts = openThreadCounts(comments);
    expect(counts.get("cd_1")).toBe(2);
    expect(counts.size).toBe(1);
  });

  it("computes once per comments snapshot", () => {
    const comments = [comment("a", "cd_1")];
    expect(openThreadCounts(comments)).toBe(openThreadCounts(comments));
  });
});

// Open comment threads per anchor id, computed once per comments snapshot (shared by every node).
import type { Comment } from "../doc";

const cache = new WeakMap<readonly Comment[], Map<string, number>>();

export function openThreadCounts(comments: readonly Comment[]): Map<string, number> {
  let counts = cache.get(comments);
  if (!counts) {
    counts = new Map();
    for (const c of comments) {
      if (c.resolved || c.anchor.id === undefined) continue;
      counts.set(c.anchor.id, (counts.get(c.anchor.id) ?? 0) + 1);
    }
    cache.set(comments, counts);
  }
  return counts;
}

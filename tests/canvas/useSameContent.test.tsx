// @vitest-environment jsdom
// The canvas keeps its peer-derived maps while only cursors move (see src/canvas/useSameContent.ts).
import { renderHook } from "@testing-library/react";
import { useSameContent } from "../../src/canvas/useSameContent";

describe("useSameContent", () => {
  it("answers the first map as long as a new one holds the same entries, and the new one once they differ", () => {
    const first = new Map([["cd_1", { x: 10, y: 20, color: "#e03131" }]]);
    const { result, rerender } = renderHook(({ value }) => useSameContent(value), { initialProps: { value: first } });
    expect(result.current).toBe(first);

    rerender({ value: new Map([["cd_1", { x: 10, y: 20, color: "#e03131" }]]) });
    expect(result.current).toBe(first);

    const moved = new Map([["cd_1", { x: 11, y: 20, color: "#e03131" }]]);
    rerender({ value: moved });
    expect(result.current).toBe(moved);

    const more = new Map([...moved, ["cd_2", { x: 0, y: 0, color: "#1971c2" }]]);
    rerender({ value: more });
    expect(result.current).toBe(more);

    const empty = new Map<string, { x: number; y: number; color: string }>();
    rerender({ value: empty });
    expect(result.current).toBe(empty);
    rerender({ value: new Map() });
    expect(result.current).toBe(empty);
  });
});

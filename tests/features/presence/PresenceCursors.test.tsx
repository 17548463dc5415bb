// @vitest-environment jsdom
// Peers' cursors are drawn where their flow coordinates land on screen.
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { PresenceCursors } from "../../../src/features/presence/PresenceCursors";

describe("PresenceCursors", () => {
  it("draws a named cursor for each peer with a cursor and none for the others", () => {
    render(
      <ReactFlowProvider initialNodes={[]}>
        <PresenceCursors
          peers={[
            { clientId: 1, name: "Ada", color: "#1971c2", cursor: { x: 10, y: 20 } },
            { clientId: 2, name: "Bob", color: "#2f9e44" },
          ]}
        />
      </ReactFlowProvider>,
    );
    const cursors = screen.getAllByTestId("peer-cursor");
    expect(cursors).toHaveLength(1);
    expect(cursors[0]).toHaveAttribute("data-peer", "Ada");
    expect(cursors[0]).toHaveTextContent("Ada");
    expect(cursors[0]?.style.transform).toBe("translate(10px, 20px)");
  });
});

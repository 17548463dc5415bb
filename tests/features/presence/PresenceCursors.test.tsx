// @vitest-environment jsdom
// Peers' cursors are drawn where their flow coordinates land on screen.
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { PresenceCursors } from "../../../src/features/presence/PresenceCursors";
import { stackLabels } from "../../../src/features/presence/stackLabels";
import type { Peer } from "../../../src/sync";

const labelTop = (cursor: HTMLElement): string => cursor.querySelector("span")?.style.top ?? "";

function renderCursors(peers: Peer[]): HTMLElement[] {
  render(
    <ReactFlowProvider initialNodes={[]}>
      <PresenceCursors peers={peers} />
    </ReactFlowProvider>,
  );
  return screen.getAllByTestId("peer-cursor");
}

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

  it("stacks the names of cursors that sit close together, so each stays readable", () => {
    const cursors = renderCursors([
      { clientId: 1, name: "Ada", color: "#1971c2", cursor: { x: 100, y: 100 } },
      { clientId: 2, name: "Jürgen Größe-Müllerschön", color: "#2f9e44", cursor: { x: 103, y: 100 } },
      { clientId: 3, name: "Bo", color: "#9c36b5", cursor: { x: 100, y: 100 } },
      { clientId: 4, name: "Far", color: "#d9480f", cursor: { x: 600, y: 100 } },
    ]);
    expect(cursors.map(labelTop)).toEqual(["14px", "32px", "50px", "14px"]);
  });

  it("cuts a long name on its label instead of covering the map", () => {
    const [cursor] = renderCursors([{ clientId: 1, name: "W".repeat(40), color: "#1971c2", cursor: { x: 0, y: 0 } }]);
    const label = cursor?.querySelector("span");
    expect(label?.style.textOverflow).toBe("ellipsis");
    expect(label?.style.maxWidth).toBe("150px");
  });
});

describe("stackLabels", () => {
  it("moves a label down only while it overlaps one placed before it", () => {
    expect(stackLabels([])).toEqual([]);
    // Apart sideways (a short name ends before the next begins) or in height: no stacking.
    expect(
      stackLabels([
        { x: 0, y: 0, name: "Al" },
        { x: 60, y: 0, name: "Bo" },
        { x: 0, y: 40, name: "Cy" },
      ]),
    ).toEqual([0, 0, 0]);
    // A long name reaches over its neighbour; a third label fills the first free row.
    expect(
      stackLabels([
        { x: 0, y: 0, name: "Alexandra Lange" },
        { x: 60, y: 0, name: "Bo" },
        { x: 60, y: 0, name: "Cy" },
      ]),
    ).toEqual([0, 1, 2]);
  });
});

// @vitest-environment jsdom
// A colleague's cursor and view change up to 20 times a second each: they draw the cursors again, and neither the
// canvas (with every node it hands React Flow) nor the people list. What those show of them still draws at once.
import { screen, waitFor } from "@testing-library/react";
import { CommentsPanel } from "../../src/features/comments";
import { PeopleList } from "../../src/features/presence";
import { renderWith } from "../features/comments/helpers";
import { stubBrowserApis } from "../features/helpers";
import { renderWithI18n } from "../features/presence/renderWithI18n";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { waitFitted } from "./zoom";

// Installed before React DOM is imported (vitest puts vi.hoisted first, and awaits it before the imports).
const counter = await vi.hoisted(async () => (await import("./renderCounter")).installRenderCounter());

beforeAll(() => {
  stubBrowserApis();
});

const ANNA = 4243;
const anna = { user: { name: "Anna", color: "#2f9e44" } };
const cursorOf = (name: string) =>
  document.querySelector<HTMLElement>(`[data-testid="peer-cursor"][data-peer="${name}"]`);
const outlineOf = (id: string) =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.boxShadow;

describe("a colleague moving their cursor or view", () => {
  it("draws their cursor again, and neither the canvas nor the people list", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    renderWithI18n(<PeopleList awareness={awareness} />);
    await screen.findByText("I pay online");
    await waitFitted();
    setPeerState(awareness, ANNA, { ...anna, selection: [map.cardId], cursor: { x: 10, y: 10 } });
    await waitFor(() => expect(cursorOf("Anna")).not.toBeNull());
    await waitFor(() => expect(outlineOf(map.cardId)).toContain("2px"));
    const cursorBefore = cursorOf("Anna")?.style.transform;

    counter.reset();
    for (let i = 1; i <= 5; i++) {
      setPeerState(awareness, ANNA, {
        ...anna,
        selection: [map.cardId],
        cursor: { x: 10 + 40 * i, y: 10 },
        view: { x: 20 * i, y: 0, width: 1200, height: 800 },
      });
    }
    await waitFor(() => expect(cursorOf("Anna")?.style.transform).not.toBe(cursorBefore));
    const counts = counter.counts();
    expect(counts["PresenceCursors"] ?? 0).toBeGreaterThanOrEqual(1);
    expect(counts["Canvas"] ?? 0).toBe(0);
    expect(counts["PeopleList"] ?? 0).toBe(0);
    expect(counts["CardNode"] ?? 0).toBe(0);

    // What they show of her still comes at once: her selection's outline, and that she follows me.
    counter.reset();
    setPeerState(awareness, ANNA, { ...anna, selection: [], following: awareness.clientID });
    await waitFor(() => expect(screen.getByTestId("followers")).toHaveTextContent("1 follows you"));
    expect(counter.counts()["Canvas"] ?? 0).toBeGreaterThanOrEqual(1);
    await waitFor(() => expect(outlineOf(map.cardId)).toBe(""));
    awareness.destroy();
    map.store.destroy();
  });

  it("does not draw the comments panel again, which shows only their names (for @mentions)", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    renderWith(map.store, <CommentsPanel awareness={awareness} />);
    await screen.findByText("I pay online");
    setPeerState(awareness, ANNA, { ...anna, cursor: { x: 10, y: 10 } });
    await waitFor(() => expect(cursorOf("Anna")).not.toBeNull());
    const cursorBefore = cursorOf("Anna")?.style.transform;
    counter.reset();
    for (let i = 1; i <= 5; i++) {
      setPeerState(awareness, ANNA, {
        ...anna,
        cursor: { x: 10 + 40 * i, y: 10 },
        view: { x: 20 * i, y: 0, width: 1200, height: 800 },
      });
    }
    await waitFor(() => expect(cursorOf("Anna")?.style.transform).not.toBe(cursorBefore));
    expect(counter.counts()["CommentsPanelBody"] ?? 0).toBe(0);
    // A new name comes at once.
    counter.reset();
    setPeerState(awareness, ANNA, { ...anna, user: { name: "Anna B.", color: "#2f9e44" } });
    await waitFor(() => expect(counter.counts()["CommentsPanelBody"] ?? 0).toBeGreaterThanOrEqual(1));
    awareness.destroy();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Comment badges on the map are not Tab stops (many comments would make many stops again, see tabStops.ts): their
// card or header is one, and C there opens its newest open thread and takes the keyboard to it.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "../../src/canvas";
import { CommentsPanel } from "../../src/features/comments";
import type { Role } from "../../src/doc";
import { stubBrowserApis } from "../features/helpers";
import { comment } from "../features/comments/fixtures";
import { makeCommentsMap, renderWith } from "../features/comments/helpers";
import { waitFitted } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

/** A map with open threads on its card, its first stage and its first lane, drawn with the comments panel. */
async function commentedMap(role: Role) {
  const map = makeCommentsMap(role);
  const laneId = map.store.getState().journey.lanes[0]!.id;
  const on = (kind: "card" | "stage" | "lane", id: string, n: number) => {
    for (let i = 1; i <= n; i++)
      map.put(
        comment(`${kind}${i}`, {
          anchor: { kind, id },
          text: `About the ${kind}, number ${i}`,
          createdAt: `2026-11-0${i}T00:00:00.000Z`,
        }),
      );
  };
  on("card", map.cardId, 3);
  on("stage", map.stageId, 2);
  on("lane", laneId, 2);
  renderWith(
    map.store,
    <ReactFlowProvider>
      <Canvas />
      <CommentsPanel />
    </ReactFlowProvider>,
  );
  await waitFitted();
  await waitFor(() => expect(screen.getAllByTestId("card-comments")).toHaveLength(3));
  return { ...map, laneId };
}

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

describe("comment badges on the map", () => {
  it("are no Tab stops on cards, stage headers or lane headers", async () => {
    const map = await commentedMap("editor");
    for (const badge of screen.getAllByTestId("card-comments")) expect(badge).toHaveAttribute("tabindex", "-1");
    // The header that is the Tab stop has its buttons in the Tab order, but not its badge.
    const stage = node(`stage:${map.stageId}`);
    expect(stage).toHaveAttribute("tabindex", "0");
    expect(stage.querySelector(".header-controls button")).toHaveAttribute("tabindex", "0");
    map.store.destroy();
  });

  it("open with C on a focused card, stage header or lane header: the newest open thread, with the keyboard in it", async () => {
    const map = await commentedMap("viewer");
    const cases = [
      [map.cardId, "card3", "About the card, number 3"],
      [`stage:${map.stageId}`, "stage2", "About the stage, number 2"],
      [`lane:${map.laneId}`, "lane2", "About the lane, number 2"],
    ] as const;
    for (const [nodeId, thread, text] of cases) {
      node(nodeId).focus();
      fireEvent.keyDown(node(nodeId), { key: "c" });
      expect(map.store.getState().ui.openThreadId).toBe(thread);
      expect(map.store.getState().ui.panel).toBe("comments");
      await waitFor(() =>
        expect(screen.getByTestId("thread-view")).toContainElement(document.activeElement as HTMLElement),
      );
      expect(screen.getByTestId("thread-view")).toHaveTextContent(text);
    }
    expect(map.store.getState().ui.selection.lanes).toEqual([map.laneId]);
    map.store.destroy();
  });

  it("leave C alone on a card without an open thread", async () => {
    const map = await commentedMap("editor");
    map.put(comment("card1", { anchor: { kind: "card", id: map.cardId }, resolved: true }));
    map.put(comment("card2", { anchor: { kind: "card", id: map.cardId }, resolved: true }));
    map.put(comment("card3", { anchor: { kind: "card", id: map.cardId }, resolved: true }));
    node(map.cardId).focus();
    fireEvent.keyDown(node(map.cardId), { key: "c" });
    expect(map.store.getState().ui.openThreadId).toBeNull();
    expect(node(map.cardId)).toHaveFocus();
    map.store.destroy();
  });
});

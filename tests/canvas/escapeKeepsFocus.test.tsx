// @vitest-environment jsdom
// Escape on a focused card or header clears the selection but leaves the keyboard there: React Flow blurs the
// node it unselects, which dropped the focus to the top of the page (the next Tab started at the skip links).
import { act, cleanup, fireEvent } from "@testing-library/react";
import type { SelectionState } from "../../src/store";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { waitFitted } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const nextFrames = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

describe("Escape on the map", () => {
  it("unselects the focused card or stage header and keeps the keyboard on it", async () => {
    const map = makeMap("editor");
    renderCanvas(map.store);
    await waitFitted();
    const stageNode = `stage:${map.journey.stages[0]!.id}`;
    const cases: [string, Partial<SelectionState>][] = [
      [map.cardId, { cards: [map.cardId] }],
      [stageNode, { stages: [map.journey.stages[0]!.id] }],
    ];
    for (const [id, selection] of cases) {
      act(() => map.store.getState().actions.select(selection));
      node(id).focus();
      fireEvent.keyDown(node(id), { key: "Escape" });
      await nextFrames();
      expect(map.store.getState().ui.selection.cards).toEqual([]);
      expect(map.store.getState().ui.selection.stages).toEqual([]);
      expect(node(id)).toHaveFocus();
    }
    map.store.destroy();
  });
});

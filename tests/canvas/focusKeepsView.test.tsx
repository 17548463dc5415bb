// @vitest-environment jsdom
// A facilitator steps through the cards on the shared screen with the arrow keys: a card already in full sight is
// focused where it is, and the map stays still under the group watching; a card out of sight is still brought into
// the middle of the view.
import { act, cleanup, fireEvent, waitFor } from "@testing-library/react";
import { useStore, type ReactFlowState } from "@xyflow/react";
import { addCard } from "../../src/doc/ops";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { viewFrom, waitFitted, ZoomControl } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(cleanup);

let transform: readonly number[] = [];
function ViewProbe() {
  transform = useStore((s: ReactFlowState) => s.transform);
  return null;
}

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** A map of two cards side by side, drawn and fitted; the second is the one the arrow key goes to. */
async function twoCardsDrawn() {
  const map = makeMap("editor", "Ich vergleiche Tarife");
  const first = map.read().cards[0]!;
  const stage2 = map.journey.stages[1]!;
  const second = addCard(map.doc, { stageId: stage2.id, laneId: first.laneId, title: "Ich wähle „Größe M“" });
  renderCanvas(
    map.store,
    <>
      <ZoomControl />
      <ViewProbe />
    </>,
  );
  await waitFitted();
  return { map, second };
}

describe("the arrow keys and the view", () => {
  it("leave the view where it is for a card in full sight, and centre one out of sight", async () => {
    const { map, second } = await twoCardsDrawn();
    // The whole small map in a 1600 × 1000 pane at zoom 1.
    viewFrom(0, 0, 1);
    await waitFor(() => expect(node(map.cardId)).not.toBeNull());
    node(map.cardId)!.focus();
    fireEvent.keyDown(node(map.cardId)!, { key: "ArrowRight" });
    expect(map.store.getState().ui.selection.cards).toEqual([second]);
    await waitFor(() => expect(node(second)).toHaveFocus());
    await pause(400);
    expect(transform).toEqual([0, 0, 1]);

    // Scrolled to the right, the first card is partly out of sight: going back to it brings it into view.
    viewFrom(400, 0, 1);
    await waitFor(() => expect(node(second)).not.toBeNull());
    node(second)!.focus();
    fireEvent.keyDown(node(second)!, { key: "ArrowLeft" });
    expect(map.store.getState().ui.selection.cards).toEqual([map.cardId]);
    await waitFor(() => expect(transform[0]).not.toBe(-400), { timeout: 2000 });
    map.store.destroy();
  });

  it("brings out a card in sight but under something floating over the map (Find's list)", async () => {
    const { map, second } = await twoCardsDrawn();
    viewFrom(0, 0, 1);
    await waitFor(() => expect(node(second)).not.toBeNull());
    // A list over the whole pane but its first 20 px: every card is under it.
    const list = document.createElement("div");
    list.setAttribute("data-covers-canvas", "");
    list.getBoundingClientRect = () => DOMRect.fromRect({ x: 20, y: 0, width: 4000, height: 4000 });
    document.body.append(list);
    node(map.cardId)!.focus();
    fireEvent.keyDown(node(map.cardId)!, { key: "ArrowRight" });
    expect(map.store.getState().ui.selection.cards).toEqual([second]);
    await waitFor(() => expect(transform).not.toEqual([0, 0, 1]), { timeout: 2000 });
    list.remove();
    map.store.destroy();
  });
});

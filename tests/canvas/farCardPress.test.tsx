// @vitest-environment jsdom
// A card drawn far away that is pressed before the pointer made it a node (pressed the moment the pointer arrives)
// becomes a node under the press; released there, it is selected like any clicked card, though the browser sends
// no click (the drawn card pressed is gone). Released elsewhere, the press was a drag, not a click.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import { addCard } from "../../src/doc/ops";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
const pause = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

async function farMap() {
  const map = makeMap();
  const { stages, lanes } = map.journey;
  // The first card is the map's Tab stop, a node even far away: the cards pressed come after it.
  const pressed = addCard(map.doc, { stageId: stages[1]!.id, laneId: lanes[0]!.id, title: "I compare plans" });
  const dragged = addCard(map.doc, { stageId: stages[2]!.id, laneId: lanes[0]!.id, title: "I sign" });
  renderCanvas(map.store, <ZoomControl />);
  await waitFitted();
  zoomTo(DETAIL_ZOOM / 2);
  await waitFor(() => expect(screen.getByTestId(`card-${pressed}`)).toHaveClass("drawn"));
  await waitFor(() => expect(screen.getByTestId(`card-${dragged}`)).toHaveClass("drawn"));
  return { map, pressed, dragged };
}

// The events carry their window: d3's drag handler, which the node hands the press to, reads it.
describe("a drawn card pressed before it became a node", () => {
  it("is selected when the button comes up where it went down, with no click from the browser", async () => {
    const { map, pressed } = await farMap();
    act(
      () =>
        void fireEvent.mouseDown(screen.getByTestId(`card-${pressed}`), {
          button: 0,
          clientX: 30,
          clientY: 20,
          view: window,
        }),
    );
    expect(node(pressed)).not.toBeNull();
    act(() => void fireEvent.mouseUp(node(pressed)!, { button: 0, clientX: 30, clientY: 20, view: window }));
    await pause();
    expect(map.store.getState().ui.selection.cards).toEqual([pressed]);
    map.store.destroy();
  });

  it("is not selected by the press when the button comes up elsewhere", async () => {
    const { map, dragged } = await farMap();
    const before = map.store.getState().ui.selection.cards;
    act(
      () =>
        void fireEvent.mouseDown(screen.getByTestId(`card-${dragged}`), {
          button: 0,
          clientX: 30,
          clientY: 20,
          view: window,
        }),
    );
    act(() => void fireEvent.mouseUp(node(dragged)!, { button: 0, clientX: 90, clientY: 20, view: window }));
    await pause();
    expect(map.store.getState().ui.selection.cards).toEqual(before);
    map.store.destroy();
  });

  it("is selected once when a click does come, so a Shift-press adds it and does not take it away again", async () => {
    const { map, pressed } = await farMap();
    const at = { button: 0, clientX: 30, clientY: 20, shiftKey: true, view: window };
    act(() => void fireEvent.mouseDown(screen.getByTestId(`card-${pressed}`), at));
    act(() => void fireEvent.mouseUp(node(pressed)!, at));
    act(() => void fireEvent.click(node(pressed)!, at));
    await pause();
    expect(map.store.getState().ui.selection.cards).toContain(pressed);
    map.store.destroy();
  });

  it("keeps the keyboard in the title field that Enter opened before the node took the focus", async () => {
    const { map, pressed } = await farMap();
    // The frames are held, so that Enter comes between the selection and the frame that hands the node the focus,
    // as on a busy machine where the person types faster than the page draws.
    const frames: FrameRequestCallback[] = [];
    const realFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      const at = { button: 0, clientX: 30, clientY: 20, view: window };
      act(() => void fireEvent.mouseDown(screen.getByTestId(`card-${pressed}`), at));
      act(() => void fireEvent.mouseUp(node(pressed)!, at));
      await pause();
      expect(map.store.getState().ui.selection.cards).toEqual([pressed]);
      act(() => void fireEvent.keyDown(node(pressed)!, { key: "Enter" }));
      const field = await waitFor(() => {
        const input = node(pressed)?.querySelector("input");
        expect(input).toBe(document.activeElement);
        return input!;
      });
      act(() => {
        for (const frame of frames.splice(0)) frame(performance.now());
      });
      expect(document.activeElement).toBe(field);
      act(() => void fireEvent.change(field, { target: { value: "Ich vergleiche Tarife" } }));
      act(() => void fireEvent.keyDown(field, { key: "Enter" }));
      expect(map.store.getState().journey.cards.find((c) => c.id === pressed)?.title).toBe("Ich vergleiche Tarife");
    } finally {
      window.requestAnimationFrame = realFrame;
    }
    map.store.destroy();
  });
});

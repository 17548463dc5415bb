// @vitest-environment jsdom
// Who is working on which card: a name tag in the person's colour at the card they selected, drag or edit,
// near and far away, in the interface language, one tag for several people on one card.
import { act, screen, waitFor, within } from "@testing-library/react";
import { computeGrid } from "../../src/canvas";
import { DETAIL_ZOOM } from "../../src/canvas/nodes/useDetailed";
import { i18n } from "../../src/i18n";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { waitFitted, ZoomControl, zoomTo } from "./zoom";

beforeAll(() => {
  stubBrowserApis();
});
afterEach(async () => {
  await act(() => i18n.changeLanguage("en"));
});

const tagOf = (cardId: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-testid="peer-tag"][data-card="${cardId}"]`);

describe("peers' name tags on cards", () => {
  it("names the person who selected a card in their colour, and says when they are editing it", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    await screen.findByText("I pay online");
    await waitFitted();
    expect(tagOf(map.cardId)).toBeNull();

    setPeerState(awareness, 4242, { user: { name: "Jürgen Groß", color: "#1971c2" }, selection: [map.cardId] });
    await waitFor(() => expect(tagOf(map.cardId)).toHaveTextContent(/^Jürgen Groß$/));
    expect(tagOf(map.cardId)?.style.background).toBe("rgb(25, 113, 194)");

    setPeerState(awareness, 4242, {
      user: { name: "Jürgen Groß", color: "#1971c2" },
      selection: [map.cardId],
      editing: map.cardId,
    });
    await waitFor(() => expect(tagOf(map.cardId)).toHaveTextContent("Jürgen Groß is editing"));
    await act(() => i18n.changeLanguage("de"));
    await waitFor(() => expect(tagOf(map.cardId)).toHaveTextContent("Jürgen Groß bearbeitet"));
    awareness.destroy();
    map.store.destroy();
  });

  it("cuts only a long name short, never the words that say the person is editing", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    await screen.findByText("I pay online");
    await waitFitted();
    const name = "Jürgen Größe-Müllerschön-Übermaß";
    setPeerState(awareness, 4242, {
      user: { name, color: "#1971c2" },
      selection: [map.cardId],
      editing: map.cardId,
    });
    await waitFor(() => expect(tagOf(map.cardId)).toHaveTextContent(`${name} is editing`));
    const nameEl = within(tagOf(map.cardId)!).getByText(name);
    expect(nameEl).toHaveStyle({ textOverflow: "ellipsis", overflow: "hidden" });
    expect(nameEl.textContent).toBe(name);
    expect(tagOf(map.cardId)?.style.textOverflow).toBe("");
    awareness.destroy();
    map.store.destroy();
  });

  it("shows one tag for several people on a card, the one editing first, and all names in its title", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    await screen.findByText("I pay online");
    await waitFitted();
    setPeerState(awareness, 10, { user: { name: "Anna", color: "#2f9e44" }, selection: [map.cardId] });
    setPeerState(awareness, 11, { user: { name: "Bob", color: "#9c36b5" }, selection: [map.cardId] });
    setPeerState(awareness, 12, {
      user: { name: "Cleo", color: "#d9480f" },
      selection: [map.cardId],
      editing: map.cardId,
    });
    await waitFor(() => expect(tagOf(map.cardId)).toHaveTextContent("Cleo is editing +2"));
    expect(document.querySelectorAll('[data-testid="peer-tag"]')).toHaveLength(1);
    expect(tagOf(map.cardId)).toHaveAttribute("title", "Cleo is editing, Anna, Bob");
    // The outline is the colour of the person named first.
    const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${map.cardId}"]`);
    expect(node?.style.boxShadow).toContain("#d9480f");
    awareness.destroy();
    map.store.destroy();
  });

  it("keeps the tag at screen size on a card far away, at the card's corner", async () => {
    const { map, awareness } = renderCanvasWithPeers(<ZoomControl />);
    await screen.findByText("I pay online");
    await waitFitted();
    const zoom = DETAIL_ZOOM / 3;
    zoomTo(zoom);
    setPeerState(awareness, 4242, { user: { name: "Ada", color: "#2f9e44" }, selection: [map.cardId] });
    const rect = computeGrid(map.store.getState().journey).cardRects.get(map.cardId);
    await waitFor(() =>
      expect(tagOf(map.cardId)?.style.transform).toBe(
        `translate(${(rect?.x ?? NaN) * zoom}px, ${(rect?.y ?? NaN) * zoom}px) translateY(-100%)`,
      ),
    );
    expect(tagOf(map.cardId)).toHaveTextContent("Ada");
    expect(tagOf(map.cardId)?.style.fontSize).toBe("11px");
    awareness.destroy();
    map.store.destroy();
  });

  it("moves the tag with the card while a peer drags it", async () => {
    const { map, awareness } = renderCanvasWithPeers(<ZoomControl />);
    await screen.findByText("I pay online");
    await waitFitted();
    zoomTo(1);
    const ada = { user: { name: "Ada", color: "#2f9e44" }, selection: [map.cardId] };
    setPeerState(awareness, 4242, { ...ada, dragging: { cardId: map.cardId, x: 777, y: 555 } });
    await waitFor(() => expect(tagOf(map.cardId)?.style.transform).toBe("translate(777px, 555px) translateY(-100%)"));
    awareness.destroy();
    map.store.destroy();
  });

  it("tells the others which card's title I am typing, and when I stop", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    await screen.findByText("I pay online");
    await waitFitted();
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    await waitFor(() => expect(awareness.getLocalState()?.["editing"]).toBe(map.cardId));
    act(() => map.store.getState().actions.editCardTitle(null));
    await waitFor(() => expect(awareness.getLocalState()?.["editing"]).toBeNull());
    awareness.destroy();
    map.store.destroy();
  });
});

// @vitest-environment jsdom
// Moving a card without a mouse: Alt+arrow keys carry the selected card through the grid as a drag would, one
// undo step per press, and never reach the browser (Alt+Left would go Back and leave the map).
import { act, fireEvent } from "@testing-library/react";
import { useCanvasKeys } from "../../src/canvas/useCanvasKeys";
import { addCard } from "../../src/doc/ops";
import { makeMap, renderWithStore } from "../features/helpers";

function Keys() {
  useCanvasKeys();
  return null;
}

function mapWithCards(role: "editor" | "viewer" = "editor") {
  const map = makeMap(role, "Ich vergleiche Tarife „online“");
  const [s1, s2] = map.journey.stages;
  const lane = (kind: string) => map.journey.lanes.find((l) => l.kind === kind)!.id;
  const second = addCard(map.doc, { stageId: s1!.id, laneId: lane("touchpoints"), title: "Preistabelle – 50 €" });
  const feeling = addCard(map.doc, { stageId: s2!.id, laneId: lane("emotions"), title: "Erleichtert", emotion: 1 });
  renderWithStore(map.store, <Keys />);
  const place = (id: string) => {
    const card = map.read().cards.find((c) => c.id === id)!;
    const inCell = map.read().cards.filter((c) => c.stageId === card.stageId && c.laneId === card.laneId);
    return {
      stage: card.stageId,
      lane: card.laneId,
      index: inCell.findIndex((c) => c.id === id),
      emotion: card.emotion,
    };
  };
  const press = (id: string, key: string) => {
    act(() => map.store.getState().actions.select({ cards: [id] }));
    let passedOn = true;
    act(() => {
      passedOn = fireEvent.keyDown(document.body, { key, altKey: true });
    });
    return passedOn;
  };
  return { map, second, feeling, s1: s1!.id, s2: s2!.id, lane, place, press };
}

describe("Alt+arrow keys on a selected card", () => {
  it("move it into the next stage and back, each press one undo step, and keep the browser from going Back", () => {
    const { map, s1, s2, lane, place, press } = mapWithCards();
    expect(press(map.cardId, "ArrowRight")).toBe(false);
    expect(place(map.cardId)).toMatchObject({ stage: s2, lane: lane("touchpoints") });
    expect(press(map.cardId, "ArrowLeft")).toBe(false);
    expect(place(map.cardId)).toMatchObject({ stage: s1, index: 0 });
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    expect(place(map.cardId).stage).toBe(s2);
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    expect(place(map.cardId).stage).toBe(s1);
    map.store.destroy();
  });

  it("move it past the card below in its cell, then into the lane below", () => {
    const { map, second, lane, place, press } = mapWithCards();
    expect(place(map.cardId).index).toBe(0);
    press(map.cardId, "ArrowDown");
    expect(place(map.cardId)).toMatchObject({ lane: lane("touchpoints"), index: 1 });
    expect(place(second).index).toBe(0);
    press(map.cardId, "ArrowDown");
    expect(place(map.cardId)).toMatchObject({ lane: lane("thoughts"), index: 0 });
    press(map.cardId, "ArrowUp");
    expect(place(map.cardId)).toMatchObject({ lane: lane("touchpoints"), index: 1 });
    map.store.destroy();
  });

  it("raise and lower a feeling in the emotion lane, and take it out of the lane past +2", () => {
    const { map, feeling, lane, place, press } = mapWithCards();
    press(feeling, "ArrowDown");
    press(feeling, "ArrowDown");
    expect(place(feeling)).toMatchObject({ lane: lane("emotions"), emotion: -1 });
    for (let i = 0; i < 3; i++) press(feeling, "ArrowUp");
    expect(place(feeling)).toMatchObject({ lane: lane("emotions"), emotion: 2 });
    press(feeling, "ArrowUp");
    expect(place(feeling).lane).toBe(lane("thoughts"));
    map.store.destroy();
  });

  it("change nothing for a viewer, and nothing at the map's edge", () => {
    const viewer = mapWithCards("viewer");
    viewer.press(viewer.map.cardId, "ArrowRight");
    expect(viewer.place(viewer.map.cardId).stage).toBe(viewer.s1);
    viewer.map.store.destroy();

    const editor = mapWithCards();
    editor.press(editor.map.cardId, "ArrowLeft");
    expect(editor.place(editor.map.cardId)).toMatchObject({ stage: editor.s1, index: 0 });
    expect(editor.map.store.getState().ui.error).toBeNull();
    editor.map.store.destroy();
  });
});

// The store's findings: one runChecks per journey snapshot, shared by everyone who asks, in the map's language.
import { vi } from "vitest";
import * as Y from "yjs";
import { runChecks } from "../../src/checks";
import { blankJourney, loadJourney, readJourney } from "../../src/doc";
import { addCard, setJourneyFields, setMeasurement } from "../../src/doc/ops";
import { CHECK_AFTER_PAINT_CARDS, createMapStore, findingsOf } from "../../src/store";
import { generatedJourney } from "../export/journeys";

function openMap() {
  const doc = new Y.Doc();
  const journey = blankJourney("Switch my phone plan", "en");
  loadJourney(doc, journey);
  const tp = journey.lanes.find((l) => l.kind === "touchpoints")!;
  const cardId = addCard(doc, {
    stageId: journey.stages[0]!.id,
    laneId: tp.id,
    title: "I compare plans",
    channel: "web",
  });
  return { doc, cardId, store: createMapStore({ doc, role: "owner" }) };
}

describe("findings in the store", () => {
  it("works out the findings once per journey snapshot and hands everyone the same objects", () => {
    const { store } = openMap();
    const journey = store.getState().journey;
    const first = findingsOf(journey);
    expect(findingsOf(journey)).toBe(first);
    expect(findingsOf(journey).findings).toBe(first.findings);
    expect(first.findings).toEqual(runChecks(journey));
    store.destroy();
  });

  it("gives a new answer after an edit and keeps findings per target and the health in step", () => {
    const { doc, store, cardId } = openMap();
    const before = findingsOf(store.getState().journey);
    expect(before.byTarget.get(cardId)?.map((f) => f.rule)).toEqual(["touchpoint-without-measurement"]);
    expect(before.health).toMatchObject({ touchpoints: 1, measured: 0, openFindings: before.findings.length });

    setMeasurement(doc, cardId, { metric: "CSAT", target: 4 });
    const after = findingsOf(store.getState().journey);
    expect(after).not.toBe(before);
    expect(after.byTarget.has(cardId)).toBe(false);
    expect(after.health).toMatchObject({ measured: 1, coverage: 1, openFindings: before.findings.length - 1 });
    store.destroy();
  });

  it("writes the findings in the map's language", () => {
    const { doc, store, cardId } = openMap();
    setJourneyFields(doc, { language: "de" });
    const card = findingsOf(store.getState().journey).byTarget.get(cardId)?.[0];
    expect(card?.message).toBe("Der Kontaktpunkt „I compare plans“ hat keinen Messpunkt.");
    store.destroy();
  });

  it("hands a target the same list after an edit elsewhere, so its mark does not redraw", () => {
    const { doc, store, cardId } = openMap();
    const before = findingsOf(store.getState().journey).byTarget.get(cardId);
    setJourneyFields(doc, { owner: "Head of Sales" });
    const after = findingsOf(store.getState().journey);
    expect(after.findings.some((f) => f.rule === "no-journey-owner")).toBe(false);
    expect(after.byTarget.get(cardId)).toBe(before);
    setMeasurement(doc, cardId, { metric: "CSAT" });
    expect(findingsOf(store.getState().journey).byTarget.get(cardId)).toBeUndefined();
    store.destroy();
  });

  it("checks a whole map that arrives in one change after it is drawn, and edits at once", async () => {
    // A page opens its map before the document arrives: the store starts from an empty document.
    const doc = new Y.Doc();
    const store = createMapStore({ doc, role: "editor" });
    const empty = store.getState().journey;
    const big = generatedJourney(CHECK_AFTER_PAINT_CARDS + 50, 6);
    const remote = new Y.Doc();
    loadJourney(remote, big);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), "server");

    const arrived = store.getState().journey;
    expect(arrived.cards).toHaveLength(big.cards.length);
    expect(store.getState().checked).toBe(empty);
    await vi.waitFor(() => expect(store.getState().checked).toBe(store.getState().journey));
    expect(findingsOf(store.getState().checked).health.touchpoints).toBe(CHECK_AFTER_PAINT_CARDS + 50);

    const card = readJourney(doc).cards.find((c) => c.laneId === "ln_tp");
    setMeasurement(doc, card!.id, { metric: "CES", target: 5 });
    expect(store.getState().checked).toBe(store.getState().journey);
    store.destroy();
  });

  it("checks a big map that is already whole when the store is made after its first paint, too", async () => {
    // The map's document can arrive before the editor mounts and makes its store.
    const doc = new Y.Doc();
    loadJourney(doc, generatedJourney(CHECK_AFTER_PAINT_CARDS + 50, 6));
    const store = createMapStore({ doc, role: "editor" });
    expect(store.getState().journey.cards.length).toBeGreaterThan(CHECK_AFTER_PAINT_CARDS);
    expect(store.getState().checked.cards).toHaveLength(0);
    expect(findingsOf(store.getState().checked).health.touchpoints).toBe(0);
    await vi.waitFor(() => expect(store.getState().checked).toBe(store.getState().journey));
    expect(findingsOf(store.getState().checked).health.touchpoints).toBe(CHECK_AFTER_PAINT_CARDS + 50);
    store.destroy();
  });

  it("checks a small map that is already whole at once", () => {
    const { store } = openMap();
    expect(store.getState().checked).toBe(store.getState().journey);
    store.destroy();
  });
});

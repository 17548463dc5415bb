// Observed values (real data someone typed from a survey) and the small choices of a card (channel, emotion, the
// moment of truth and signature interaction marks) that I saved just before a colleague deleted the card without
// having seen my change: the observed values are kept in the notice, and the card goes back whole with them, as my
// page had it. Two pages, each with its own document and store, exchange updates by hand.
import * as Y from "yjs";
import { addCard, deleteCards, setMeasurement, updateCard } from "../../src/doc/ops";
import { blankJourney, createJourneyDoc, type Observation } from "../../src/doc";
import { createMapStore, type MapStore } from "../../src/store";
import { UNSEEN_GRACE_MS, watchUnseenEdits } from "../../src/store/unseenEdits";

interface Page {
  doc: Y.Doc;
  store: MapStore;
}

let clock = 0;
const THEM = 7;

function page(doc: Y.Doc): Page {
  const store = createMapStore({ doc, role: "editor" });
  watchUnseenEdits(doc, {
    journey: () => store.getState().journey,
    keep: (kept) => store.getState().actions.keepIfDeleted(kept),
    peers: () => [THEM],
    now: () => clock,
  });
  return { doc, store };
}

function deliver(from: Page, to: Page): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), "remote");
}

function twoPages() {
  const journey = blankJourney("Ölwechsel", "de");
  const docA = createJourneyDoc(journey);
  const stageId = journey.stages[0]!.id;
  const laneId = journey.lanes[0]!.id;
  const cardId = addCard(docA, { stageId, laneId, title: "Ich bewerte den Service" });
  setMeasurement(docA, cardId, { metric: "CSAT", scale: "1-5", observations: [{ date: "2026-11-02", value: 3.9 }] });
  const docB = new Y.Doc();
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
  return { me: page(docA), them: page(docB), stageId, laneId, cardId };
}

const run = (p: Page, op: (doc: Y.Doc) => unknown) => p.store.getState().actions.run(op);
const kept = (p: Page) => p.store.getState().ui.keptTexts;
const card = (p: Page, id: string) => p.store.getState().journey.cards.find((c) => c.id === id)!;
const addObservation = (p: Page, id: string, o: Observation) =>
  run(p, (d) => {
    const m = card(p, id).measurement!;
    setMeasurement(d, id, { ...m, observations: [...(m.observations ?? []), o] });
  });

beforeEach(() => {
  clock = 1_000_000;
});

describe("observed values and choices I saved into a card a colleague deleted before my change reached them", () => {
  it("keeps the values I added in one notice, and puts the card back whole with my channel, emotion and marks", () => {
    const { me, them, cardId, stageId, laneId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", emotion: -1, momentOfTruth: { reason: "" } }));
    run(me, (d) => updateCard(d, cardId, { signatureInteraction: { reason: "" } }));
    addObservation(me, cardId, { date: "2026-12-03", value: 4.2, n: 31 });
    clock += 500;
    addObservation(me, cardId, { date: "2026-12-04", value: 4.4 });
    run(them, (d) => deleteCards(d, [cardId]));
    clock += 200;
    deliver(them, me);

    expect(me.store.getState().journey.cards).toEqual([]);
    expect(kept(me)).toHaveLength(1);
    const [k] = kept(me);
    expect(k).toMatchObject({
      targetId: cardId,
      field: "measurement.observation",
      text: "2026-12-03: 4.2 (n = 31)\n2026-12-04: 4.4",
      observations: [
        { date: "2026-12-03", value: 4.2, n: 31 },
        { date: "2026-12-04", value: 4.4 },
      ],
    });
    expect(k!.putBack).toEqual({
      kind: "card",
      card: {
        stageId,
        laneId,
        title: "Ich bewerte den Service",
        channel: "phone",
        emotion: -1,
        momentOfTruth: { reason: "" },
        signatureInteraction: { reason: "" },
        measurement: {
          metric: "CSAT",
          scale: "1-5",
          observations: [
            { date: "2026-11-02", value: 3.9 },
            { date: "2026-12-03", value: 4.2, n: 31 },
            { date: "2026-12-04", value: 4.4 },
          ],
        },
      },
    });
    expect(kept(them)).toEqual([]);
  });

  it("puts a card back whole when a text of it is kept, with the observed values it held", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich bewerte den Service „gut“", channel: "email" }));
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me).map((k) => [k.field, k.text])).toEqual([["title", "Ich bewerte den Service „gut“"]]);
    expect(kept(me)[0]!.putBack).toMatchObject({
      card: { channel: "email", measurement: { observations: [{ date: "2026-11-02", value: 3.9 }] } },
    });
  });

  it("keeps nothing of a value I removed again myself before the deletion arrived", () => {
    const { me, them, cardId } = twoPages();
    addObservation(me, cardId, { date: "2026-12-03", value: 4.2 });
    run(me, (d) => setMeasurement(d, cardId, { ...card(me, cardId).measurement!, observations: [] }));
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing when the deleter had the value I added in front of them for a while", () => {
    const { me, them, cardId } = twoPages();
    addObservation(me, cardId, { date: "2026-12-05", value: 2.5 });
    deliver(me, them);
    clock += UNSEEN_GRACE_MS + 60_000;
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });

  it("keeps a card whose channel, emotion and marks alone I changed, to put it back whole", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", emotion: 2 }));
    run(me, (d) => updateCard(d, cardId, { momentOfTruth: { reason: "" } }));
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me)).toEqual([
      expect.objectContaining({
        field: "card.choices",
        text: "channel: phone\nemotion: 2\nmomentOfTruth",
        putBack: {
          kind: "card",
          card: expect.objectContaining({ channel: "phone", emotion: 2, momentOfTruth: { reason: "" } }),
        },
      }),
    ]);
  });

  it("keeps nothing of a choice I took back myself, or a mark I took off", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", signatureInteraction: { reason: "" } }));
    run(me, (d) => updateCard(d, cardId, { channel: undefined, signatureInteraction: undefined }));
    run(them, (d) => deleteCards(d, [cardId]));
    deliver(them, me);
    expect(kept(me)).toEqual([]);
  });
});

// Two people set the same choice of a card (its channel, its emotion, its measurement point's drop-downs) at the same moment: Yjs keeps one of the two on
// every page. On the page whose choice lost, it is kept, naming the page that won, with what writes it back; a
// colleague who had my choice when they changed it made an ordinary edit, and nothing is kept. Two pages exchange
// updates by hand.
import { deleteCards, setMeasurement, updateCard } from "../../src/doc/ops";
import { keptChangeOp } from "../../src/store/keptChange";
import { deliver, kept, meet, run, twoWatchedPages, type Page } from "./unseenPages";

let clock = 0;
/** My page and theirs; theirs has the higher client id, so their choice wins one we both make at once. */
const twoPages = () =>
  twoWatchedPages(
    () => clock,
    (doc, id) => {
      updateCard(doc, id, { channel: "web" });
      setMeasurement(doc, id, { metric: "CSAT", kind: "performance" });
    },
  );

const journey = (p: Page) => p.store.getState().journey;
const card = (p: Page, id: string) => journey(p).cards.find((c) => c.id === id)!;

beforeEach(() => {
  clock = 1_000_000;
});

describe("a choice I made that a colleague's choice for the same card at the same moment won over", () => {
  it("keeps my channel and my emotion, naming the page that won, and using mine writes each back", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", emotion: -1 }));
    clock += 100;
    run(them, (d) => updateCard(d, cardId, { channel: "email", emotion: 2 }));
    meet(me, them);

    expect(card(me, cardId)).toMatchObject({ channel: "email", emotion: 2 });
    expect(kept(me).map((k) => [k.field, k.text, k.choice, k.lostTo])).toEqual([
      ["channel", "phone", { channel: "phone" }, { clientId: 2002 }],
      ["emotion", "-1", { emotion: -1 }, { clientId: 2002 }],
    ]);
    expect(kept(them)).toEqual([]);

    for (const k of kept(me)) run(me, keptChangeOp(journey(me), k)!);
    expect(card(me, cardId)).toMatchObject({ channel: "phone", emotion: -1 });
    // Using mine after theirs won is an informed change: their page raises nothing.
    meet(me, them);
    expect(card(them, cardId)).toMatchObject({ channel: "phone", emotion: -1 });
    expect(kept(them)).toEqual([]);
  });

  it("keeps nothing when the colleague had my choice when they changed it, however soon", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", emotion: -1 }));
    deliver(me, them);
    clock += 200;
    run(them, (d) => updateCard(d, cardId, { channel: "email", emotion: 2 }));
    deliver(them, me);
    expect(card(me, cardId)).toMatchObject({ channel: "email", emotion: 2 });
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing when the same choice won, or their change went to another choice", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone" }));
    run(them, (d) => updateCard(d, cardId, { channel: "phone", emotion: 1 }));
    meet(me, them);
    expect(card(me, cardId)).toMatchObject({ channel: "phone", emotion: 1 });
    expect(kept(me)).toEqual([]);
  });

  it("keeps the card whole in one notice when they deleted it unseen, not each choice again", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { channel: "phone", emotion: -1 }));
    run(them, (d) => deleteCards(d, [cardId]));
    meet(me, them);
    expect(kept(me).map((k) => [k.field, k.text, k.lostTo])).toEqual([
      ["card.choices", "channel: phone\nemotion: -1", undefined],
    ]);
  });
});

describe("a measurement point's drop-down I set that a colleague's value at the same moment won over", () => {
  it("keeps my metric and direction, and using mine writes them into the point as it is now", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => setMeasurement(d, cardId, { ...card(me, cardId).measurement!, metric: "NPS", direction: "higher" }));
    run(them, (d) =>
      setMeasurement(d, cardId, {
        ...card(them, cardId).measurement!,
        metric: "CES",
        direction: "lower",
        kind: "brand",
      }),
    );
    meet(me, them);

    expect(kept(me).map((k) => [k.field, k.text, k.choice, k.lostTo])).toEqual([
      ["measurement.metric", "NPS", { metric: "NPS" }, { clientId: 2002 }],
      ["measurement.direction", "higher", { direction: "higher" }, { clientId: 2002 }],
    ]);
    for (const k of kept(me)) run(me, keptChangeOp(journey(me), k)!);
    expect(card(me, cardId).measurement).toEqual({ metric: "NPS", direction: "higher", kind: "brand" });
    meet(me, them);
    expect(kept(them)).toEqual([]);
  });

  it("keeps nothing when the colleague had my drop-downs when they changed them", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => setMeasurement(d, cardId, { ...card(me, cardId).measurement!, metric: "NPS", direction: "higher" }));
    deliver(me, them);
    run(them, (d) =>
      setMeasurement(d, cardId, { ...card(them, cardId).measurement!, metric: "CES", direction: "lower" }),
    );
    deliver(them, me);
    expect(card(me, cardId).measurement).toMatchObject({ metric: "CES", direction: "lower" });
    expect(kept(me)).toEqual([]);
  });
});

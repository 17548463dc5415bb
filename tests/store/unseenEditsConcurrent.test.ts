// Two people save the same field at the same moment: Yjs keeps one of the two values (by client id) on every page,
// and the other is gone. On the page whose text lost, it is kept, naming the page that won, when the winning value
// was set without mine (its writer's page did not have my change: a new value records the one it replaced), however
// long their change took to arrive; a colleague who had my text and replaced it, however soon, made an ordinary edit,
// and nothing is kept. Two pages exchange updates by hand.
import * as Y from "yjs";
import { setMeasurement, updateCard, updateConnection, updateStage } from "../../src/doc/ops";
import { keptChangeOp } from "../../src/store/keptChange";
import { UNSEEN_GRACE_MS } from "../../src/store/unseenEdits";
import { deliver, kept, meet, run, twoWatchedPages, watchedPage, type Page } from "./unseenPages";

let clock = 0;
/** My page and theirs; theirs has the higher client id, so their value wins a field we both set at once. */
const twoPages = () =>
  twoWatchedPages(
    () => clock,
    (doc, id) => setMeasurement(doc, id, { metric: "CSAT", observations: [{ date: "2026-11-02", value: 3.9 }] }),
  );

const journey = (p: Page) => p.store.getState().journey;
const card = (p: Page, id: string) => journey(p).cards.find((c) => c.id === id)!;

beforeEach(() => {
  clock = 1_000_000;
});

describe("a text I saved that a colleague's change to the same field at the same moment won over", () => {
  it("is kept on my page, naming the page whose change won, and using mine writes it back", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche den Ölwechsel für 89 €" }));
    clock += 100;
    run(them, (d) => updateCard(d, cardId, { title: "Ich rufe „schnell“ an" }));
    clock += 100;
    meet(me, them);

    expect(card(me, cardId).title).toBe("Ich rufe „schnell“ an");
    expect(card(them, cardId).title).toBe("Ich rufe „schnell“ an");
    expect(kept(me)).toEqual([
      expect.objectContaining({
        targetId: cardId,
        field: "title",
        text: "Ich buche den Ölwechsel für 89 €",
        lostTo: { clientId: 2002 },
      }),
    ]);
    // Their text won: they lost nothing and are told nothing.
    expect(kept(them)).toEqual([]);

    run(me, keptChangeOp(journey(me), kept(me)[0]!)!);
    expect(card(me, cardId).title).toBe("Ich buche den Ölwechsel für 89 €");
  });

  it("keeps a stage's goal, a path's label and a target the same way", () => {
    const { me, them, stageId, pathId, cardId } = twoPages();
    run(me, (d) => updateStage(d, stageId, { customerGoal: "Ohne Wartezeit" }));
    run(me, (d) => updateConnection(d, pathId, { label: "nach der Bestätigung" }));
    run(me, (d) => setMeasurement(d, cardId, { ...card(me, cardId).measurement!, target: 4.5 }));
    run(them, (d) => updateStage(d, stageId, { customerGoal: "Schnell" }));
    run(them, (d) => updateConnection(d, pathId, { label: "sofort" }));
    run(them, (d) => setMeasurement(d, cardId, { ...card(them, cardId).measurement!, target: 4 }));
    clock += 300;
    meet(me, them);
    expect(kept(me).map((k) => [k.field, k.text, k.lostTo])).toEqual([
      ["stage.customerGoal", "Ohne Wartezeit", { clientId: 2002 }],
      ["connection.label", "nach der Bestätigung", { clientId: 2002 }],
      ["measurement.target", "4.5", { clientId: 2002 }],
    ]);
  });

  it("keeps the observed value I added when their change to the measurement point at the same moment won", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => {
      const m = card(me, cardId).measurement!;
      setMeasurement(d, cardId, {
        ...m,
        observations: [...m.observations!, { date: "2026-12-03", value: 4.2, n: 31 }],
      });
    });
    run(them, (d) => setMeasurement(d, cardId, { ...card(them, cardId).measurement!, label: "Zufriedenheit" }));
    meet(me, them);
    expect(card(me, cardId).measurement!.observations).toHaveLength(1);
    expect(kept(me)).toEqual([
      expect.objectContaining({
        field: "measurement.observation",
        text: "2026-12-03: 4.2 (n = 31)",
        observations: [{ date: "2026-12-03", value: 4.2, n: 31 }],
        lostTo: { clientId: 2002 },
      }),
    ]);
    run(me, keptChangeOp(journey(me), kept(me)[0]!)!);
    expect(card(me, cardId).measurement).toEqual({
      metric: "CSAT",
      label: "Zufriedenheit",
      observations: [
        { date: "2026-11-02", value: 3.9 },
        { date: "2026-12-03", value: 4.2, n: 31 },
      ],
    });
  });

  it("is kept when their value, set without mine, arrives long after mine went out (their network had dropped)", () => {
    const { me, them, cardId } = twoPages();
    // Their page still looked present on mine: my change went out to them, and never arrived.
    run(me, (d) => updateCard(d, cardId, { owner: "Kundenservice Köln" }));
    clock += 60_000;
    run(them, (d) => updateCard(d, cardId, { owner: "Filiale Süd" }));
    clock += 60_000;
    meet(me, them);
    expect(kept(me).map((k) => [k.field, k.text, k.lostTo])).toEqual([
      ["owner", "Kundenservice Köln", { clientId: 2002 }],
    ]);
  });

  it("keeps nothing when the colleague had my text for longer than the grace before replacing it", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { description: "Ich will früh kommen" }));
    deliver(me, them);
    clock += UNSEEN_GRACE_MS + 1000;
    run(them, (d) => updateCard(d, cardId, { description: "Ich komme abends" }));
    deliver(them, me);
    expect(card(me, cardId).description).toBe("Ich komme abends");
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing when the colleague replaced my text right after it reached them, having it in front of them", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    run(me, (d) => setMeasurement(d, cardId, { ...card(me, cardId).measurement!, target: 4.5 }));
    deliver(me, them);
    clock += 500;
    run(them, (d) => updateCard(d, cardId, { title: "Ich buche in der Filiale" }));
    run(them, (d) => setMeasurement(d, cardId, { ...card(them, cardId).measurement!, target: 4, observations: [] }));
    deliver(them, me);
    expect(card(me, cardId)).toMatchObject({ title: "Ich buche in der Filiale", measurement: { target: 4 } });
    expect(kept(me)).toEqual([]);
  });

  it("keeps nothing when a second colleague replaced what a first one had written over mine, both arriving at once", () => {
    const { me, them, cardId } = twoPages();
    const docC = new Y.Doc();
    Y.applyUpdate(docC, Y.encodeStateAsUpdate(them.doc));
    docC.clientID = 500;
    const third = watchedPage(docC, 1001, () => clock);
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    deliver(me, them);
    run(them, (d) => updateCard(d, cardId, { title: "Ich buche per App" }));
    deliver(them, third);
    run(third, (d) => updateCard(d, cardId, { title: "Ich buche in der App" }));
    deliver(third, me);
    expect(card(me, cardId).title).toBe("Ich buche in der App");
    expect(kept(me)).toEqual([]);
  });

  it("raises nothing on their page when I use mine after theirs won, however quickly", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    run(them, (d) => updateCard(d, cardId, { title: "Ich rufe an" }));
    meet(me, them);
    expect(kept(me)).toHaveLength(1);
    clock += 300;
    run(me, keptChangeOp(journey(me), kept(me)[0]!)!);
    meet(me, them);
    expect(card(them, cardId).title).toBe("Ich buche online");
    expect(kept(them)).toEqual([]);
  });

  it("keeps nothing when their change at the same moment went to another field", () => {
    const { me, them, cardId } = twoPages();
    run(me, (d) => updateCard(d, cardId, { title: "Ich buche online" }));
    run(them, (d) => updateCard(d, cardId, { owner: "Service Köln" }));
    meet(me, them);
    expect(card(me, cardId)).toMatchObject({ title: "Ich buche online", owner: "Service Köln" });
    expect(kept(me)).toEqual([]);
    expect(kept(them)).toEqual([]);
  });
});

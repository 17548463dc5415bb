// The ops keep a field named like the document's own bookkeeping apart from it: a card put back with an unknown
// "rank" from its file keeps both its place and that field, and a patch naming "rank" never moves a card.
import { createJourneyDoc, readJourney } from "../../src/doc";
import { addCard, addLane, addStage, setJourneyFields, updateCard, updateLane, updateStage } from "../../src/doc/ops";
import { blankJourney } from "../../src/doc";

function map() {
  const doc = createJourneyDoc(blankJourney("Rangfolge"));
  const j = readJourney(doc);
  const stageId = j.stages[0]!.id;
  const laneId = j.lanes[0]!.id;
  return { doc, stageId, laneId };
}

describe("ops and the document's bookkeeping names", () => {
  it("put a card back with its unknown rank field, at the end of its cell, without that field taking its place", () => {
    const { doc, stageId, laneId } = map();
    const first = addCard(doc, { stageId, laneId, title: "Ich melde" });
    const back = addCard(doc, { stageId, laneId, title: "Ich warte", rank: "hoch" } as never);
    const cards = readJourney(doc).cards.filter((c) => c.stageId === stageId && c.laneId === laneId);
    expect(cards.map((c) => c.id)).toEqual([first, back]);
    expect((cards[1] as unknown as Record<string, unknown>)["rank"]).toBe("hoch");
  });

  it("never move a card for a patch that names rank, and keep it as the card's field", () => {
    const { doc, stageId, laneId } = map();
    const a = addCard(doc, { stageId, laneId, title: "A" });
    const b = addCard(doc, { stageId, laneId, title: "B" });
    updateCard(doc, a, { rank: "zzzz" } as never);
    const cards = readJourney(doc).cards.filter((c) => c.stageId === stageId && c.laneId === laneId);
    expect(cards.map((c) => c.id)).toEqual([a, b]);
    expect((cards[0] as unknown as Record<string, unknown>)["rank"]).toBe("zzzz");
  });

  it("never move a stage or lane for a patch that names rank, and keep the journey's schemaVersion field apart", () => {
    const { doc, stageId, laneId } = map();
    const s = addStage(doc, { name: "Prüfen" });
    const l = addLane(doc, { name: "Denken", kind: "thoughts" });
    updateStage(doc, stageId, { rank: "zzzz" } as never);
    updateLane(doc, laneId, { rank: "zzzz" } as never);
    setJourneyFields(doc, { schemaVersion: 99 } as never);
    const j = readJourney(doc);
    const extra = (r: object | undefined, key: string) => (r as Record<string, unknown> | undefined)?.[key];
    expect(j.stages.map((x) => x.id)).toEqual([stageId, ...j.stages.slice(1, -1).map((x) => x.id), s]);
    expect(extra(j.stages[0], "rank")).toBe("zzzz");
    expect(j.lanes[0]?.id).toBe(laneId);
    expect(j.lanes.at(-1)?.id).toBe(l);
    expect(extra(j.lanes[0], "rank")).toBe("zzzz");
    expect(extra(j, "schemaVersion")).toBe(99);
    expect(doc.getMap("meta").get("schemaVersion")).not.toBe(99);
  });
});

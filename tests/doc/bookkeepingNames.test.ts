// Unknown fields named like the document's own bookkeeping (rank, schemaVersion) are kept on every record kind.
import * as Y from "yjs";
import { createJourneyDoc, loadComments, migrate, readJourney, type Journey } from "../../src/doc";
import { duplicateCards, moveCard } from "../../src/doc/ops";
import { parseJourneyValue } from "../../src/format";
import { asFile } from "../fixtures/journeys";

/** Names the document uses for itself, and names that look like its stored names. */
const EXTRAS = { rank: "hoch", schemaVersion: 7, order: "zuerst", "outside-in:rank": 1, "outside-in:x": "y" };

function fileWithExtras(): Journey {
  const journey = {
    id: "j",
    title: "Rangfolge",
    language: "de",
    ...EXTRAS,
    persona: { name: "Ana", ...EXTRAS },
    stages: [
      { id: "s1", name: "Melden", ...EXTRAS },
      { id: "s2", name: "Prüfen", rank: 1 },
    ],
    lanes: [{ id: "l1", name: "Tun", kind: "actions", ...EXTRAS }],
    cards: [
      { id: "c1", stageId: "s1", laneId: "l1", title: "Ich melde", rank: "hoch", schemaVersion: 7 },
      {
        id: "c2",
        stageId: "s1",
        laneId: "l1",
        title: "Ich warte",
        "outside-in:rank": 1,
        measurement: { metric: "CSAT", ...EXTRAS, observations: [{ date: "2026-11-01", value: 4, ...EXTRAS }] },
        momentOfTruth: { reason: "Hier entscheidet es sich", rank: 1 },
      },
    ],
    connections: [{ id: "n1", from: "c1", to: "c2", ...EXTRAS }],
    comments: [
      {
        id: "k1",
        anchor: { kind: "card", id: "c1", rank: 2 },
        author: "Ana",
        text: "Gut",
        createdAt: "2026-11-01T08:00:00Z",
        resolved: false,
        ...EXTRAS,
        replies: [{ id: "r1", author: "Bo", text: "Ja", createdAt: "2026-11-01T09:00:00Z", ...EXTRAS }],
      },
    ],
  };
  const parsed = parseJourneyValue(asFile(journey));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.journey;
}

function docsOf(journey: Journey): { doc: Y.Doc; comments: Y.Doc } {
  const comments = new Y.Doc();
  loadComments(comments, journey.comments ?? []);
  return { doc: createJourneyDoc(journey), comments };
}

const byId = <T extends { id: string }>(list: readonly T[], id: string): T | undefined => list.find((x) => x.id === id);

describe("fields named like the document's bookkeeping", () => {
  it("are read back on the journey, its persona, stages, lanes, cards, measurements, connections and comments", () => {
    const file = fileWithExtras();
    const { doc, comments } = docsOf(file);
    const read = readJourney(doc, comments);
    expect(read).toMatchObject({ ...EXTRAS, persona: { name: "Ana", ...EXTRAS } });
    expect(byId(read.stages, "s1")).toEqual({ id: "s1", name: "Melden", ...EXTRAS });
    expect(byId(read.stages, "s2")).toEqual({ id: "s2", name: "Prüfen", rank: 1 });
    expect(byId(read.lanes, "l1")).toEqual({ id: "l1", name: "Tun", kind: "actions", ...EXTRAS });
    expect(byId(read.cards, "c1")).toMatchObject({ rank: "hoch", schemaVersion: 7 });
    expect(byId(read.cards, "c2")).toMatchObject({
      "outside-in:rank": 1,
      measurement: { ...EXTRAS, observations: [{ date: "2026-11-01", value: 4, ...EXTRAS }] },
      momentOfTruth: { rank: 1 },
    });
    expect(byId(read.connections, "n1")).toEqual({ id: "n1", from: "c1", to: "c2", ...EXTRAS });
    expect(read.comments?.[0]).toMatchObject({ ...EXTRAS, anchor: { rank: 2 }, replies: [{ id: "r1", ...EXTRAS }] });
  });

  it("keep the map's own order and schema version working", () => {
    const { doc } = docsOf(fileWithExtras());
    expect(migrate(doc)).toEqual([]);
    expect(doc.getMap("meta").get("schemaVersion")).toBe(1);
    // The stages stay in the file's order, whatever their "rank" field says.
    expect(readJourney(doc).stages.map((s) => s.id)).toEqual(["s1", "s2"]);
    moveCard(doc, "c1", { stageId: "s1", laneId: "l1", index: 2 });
    const [copy] = duplicateCards(doc, ["c1"]);
    const cards = readJourney(doc).cards;
    expect(cards.map((c) => c.id)).toEqual(["c2", "c1", copy]);
    expect(byId(cards, "c1")).toMatchObject({ rank: "hoch", schemaVersion: 7 });
    expect(byId(cards, copy ?? "")).toMatchObject({ rank: "hoch", schemaVersion: 7 });
  });

  it("read a document written before they were stored apart as it always read", () => {
    const doc = createJourneyDoc(fileWithExtras());
    const stage = doc.getMap<Y.Map<unknown>>("stages").get("s2");
    stage?.set("outside-in:x", "alt");
    // Only a name the document stores apart is read under its own: another client's "outside-in:title" is no title.
    stage?.set("outside-in:name", "Fremd");
    doc.getMap("meta").set("outside-in:title", "Fremd");
    const read = readJourney(doc);
    expect(byId(read.stages, "s2")).toEqual({
      id: "s2",
      name: "Prüfen",
      rank: 1,
      "outside-in:x": "alt",
      "outside-in:name": "Fremd",
    });
    expect(read).toMatchObject({ title: "Rangfolge", "outside-in:title": "Fremd" });
  });
});

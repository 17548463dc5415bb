// A card title, stage or lane name (or the map's title) made only of invisible characters (zero-width space and
// joiners, word joiner, byte order mark, soft hyphen) looks empty on the map: the importer and the ops refuse it
// like an empty one, in English and German. A document that already holds one (written before, or by another Yjs
// client) loses nothing: the card, stage or lane is still read, under a title one can see, and an export of it
// reads back.
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { addCard, addLane, addStage, updateCard, updateLane, updateStage } from "../../src/doc/ops";
import { OpError } from "../../src/doc/errors";
import { formatIssue, parseJourneyText, parseJourneyValue, serializeJourney, type ParseResult } from "../../src/format";
import { brokenTiny, tinyJourney } from "../fixtures/journeys";

const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", " \u200B\u00AD\u200D "];

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIssue);
}

const withInvisible = (text: string) =>
  brokenTiny((j) => {
    j.title = text;
    (j.stages as Record<string, unknown>[])[0]!.name = text;
    (j.lanes as Record<string, unknown>[])[1]!.name = text;
    j.cards[2]!.title = text;
  });

describe("a title or name of invisible characters only", () => {
  it.each(INVISIBLE)("is refused by the importer like an empty one (%j)", (text) => {
    expect(problems(parseJourneyValue(withInvisible(text)))).toEqual([
      "journey.title: must not be empty",
      "journey.stages[0].name: must not be empty",
      "journey.lanes[1].name: must not be empty",
      "journey.cards[2].title: must not be empty",
    ]);
  });

  it("is refused in German for a German reader", () => {
    const result = parseJourneyText(JSON.stringify(withInvisible("\u200B")), { language: "de" });
    expect(problems(result)).toHaveLength(4);
    for (const problem of problems(result)) expect(problem).toMatch(/: darf nicht leer sein$/);
  });

  it("is told once when the name is empty, too", () => {
    expect(problems(parseJourneyValue(brokenTiny((j) => (j.cards[0]!.title = "  "))))).toEqual([
      "journey.cards[0].title: must not be empty",
    ]);
  });

  it("is no problem with a visible character in it: such a title is kept as written", () => {
    const result = parseJourneyValue(brokenTiny((j) => (j.cards[0]!.title = "\u200BÜber\u00ADweisung")));
    expect(result.ok && result.journey.cards.find((c) => c.id === "cd_a")?.title).toBe("\u200BÜber\u00ADweisung");
  });

  it("is refused by the ops, and changes nothing", () => {
    const doc = new Y.Doc();
    loadJourney(doc, tinyJourney());
    const before = readJourney(doc);
    const refused = (op: () => unknown) => expect(op).toThrow(OpError);
    refused(() => addCard(doc, { stageId: "st_a", laneId: "ln_do", title: "\u200B\u200D" }));
    refused(() => updateCard(doc, "cd_a", { title: "\u00AD" }));
    refused(() => addStage(doc, { name: "\u2060" }));
    refused(() => updateStage(doc, "st_a", { name: "\uFEFF\u200B" }));
    refused(() => addLane(doc, { name: "\u200C", kind: "actions" }));
    refused(() => updateLane(doc, "ln_do", { name: "\u200B" }));
    expect(readJourney(doc)).toEqual(before);
  });

  it("in a document is still read, under a title one can see, and its export reads back", () => {
    const doc = new Y.Doc();
    loadJourney(doc, tinyJourney());
    const set = (collection: string, id: string, key: string, value: string) =>
      (doc.getMap(collection).get(id) as Y.Map<unknown>).set(key, value);
    set("cards", "cd_a", "title", "\u200B");
    set("stages", "st_b", "name", "\u00AD\u200D");
    set("lanes", "ln_feel", "name", "\uFEFF\u2060");
    doc.getMap("meta").set("title", "\u200C");
    const journey = readJourney(doc);
    expect(journey.cards.map((c) => c.id)).toEqual(tinyJourney().cards.map((c) => c.id));
    expect(journey.stages.map((s) => s.id)).toEqual(["st_a", "st_b"]);
    expect(journey.lanes.map((l) => l.id)).toEqual(["ln_do", "ln_tp", "ln_feel"]);
    expect(journey.cards.find((c) => c.id === "cd_a")?.title).toBe("Untitled card");
    expect(journey.stages[1]?.name).toBe("Untitled stage");
    expect(journey.lanes[2]?.name).toBe("Untitled lane");
    expect(journey.title).toBe("Untitled map");

    const back = parseJourneyText(serializeJourney(journey));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.journey.cards).toHaveLength(journey.cards.length);
  });
});

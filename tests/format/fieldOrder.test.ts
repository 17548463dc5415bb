// A journey file writes each record's fields in one order, whatever order the map's document holds them in: the
// format's own fields as the format lists them, then other fields by name. So the same map exports the same text
// from the page that wrote it and after it was loaded again from the server's log.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Journey } from "../../src/doc";
import { createJourneyDoc, readJourney } from "../../src/doc";
import { updateCard } from "../../src/doc/ops";
import { serializeJourney } from "../../src/format";

/** Every object's keys in reverse: as a document may hold them after edits by several people. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

const journey: Journey = {
  id: "j",
  title: "Schaden melden",
  language: "de",
  persona: { name: "Jana", segment: "Privatkundin", goals: ["Schnell Geld"], expectations: [] },
  stages: [{ id: "s1", name: "Melden", customerGoal: "Ich melde den Schaden" }],
  lanes: [{ id: "l1", name: "Wo ich die Marke erlebe", kind: "touchpoints" }],
  cards: [
    {
      id: "c1",
      stageId: "s1",
      laneId: "l1",
      order: 0,
      title: "Ich fülle das Formular aus",
      description: "Größe „Schaden“",
      channel: "web",
      momentOfTruth: { reason: "Hier entscheidet sich das Vertrauen" },
      measurement: {
        metric: "CES",
        question: "Wie einfach war es?",
        scale: "1-7",
        target: 5.5,
        observations: [{ date: "2026-11-02", value: 4.8, n: 120 }],
      },
      "x-zeta": 1,
      "x-alpha": "Erweiterung",
    },
  ],
  connections: [],
};

const keysOf = (text: string, path: (file: { journey: Journey }) => object): string[] =>
  Object.keys(path(JSON.parse(text) as { journey: Journey }));

describe("the fields of an exported journey", () => {
  it("come in the format's order, then other fields by name, whatever order the map holds them in", () => {
    const at = new Date("2026-12-06T09:00:00Z");
    const a = serializeJourney(journey, { exportedAt: at });
    const b = serializeJourney(reversed(journey) as Journey, { exportedAt: at });
    expect(b).toBe(a);
    expect(keysOf(a, (f) => f.journey).slice(0, 4)).toEqual(["id", "title", "language", "persona"]);
    expect(keysOf(a, (f) => f.journey.cards[0]!)).toEqual([
      "id",
      "stageId",
      "laneId",
      "order",
      "title",
      "description",
      "channel",
      "momentOfTruth",
      "measurement",
      "x-alpha",
      "x-zeta",
    ]);
    expect(keysOf(a, (f) => f.journey.cards[0]!.measurement!.observations![0]!)).toEqual(["date", "value", "n"]);
    expect(keysOf(a, (f) => f.journey.persona!)).toEqual(["name", "segment", "goals", "expectations"]);
  });

  it("read the same from a map changed by two people and from the same map loaded again", () => {
    const ada = createJourneyDoc(journey);
    const ben = new Y.Doc();
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ada));
    updateCard(ben, "c1", { owner: "Kundenservice" });
    updateCard(ada, "c1", { emotion: -1 });
    Y.applyUpdate(ada, Y.encodeStateAsUpdate(ben));
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ada));
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(ada));
    const at = new Date("2026-12-06T09:00:00Z");
    const texts = [ada, ben, loaded].map((doc) => serializeJourney(readJourney(doc), { exportedAt: at }));
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    expect(texts[0]).toContain('"owner": "Kundenservice"');
  });
});

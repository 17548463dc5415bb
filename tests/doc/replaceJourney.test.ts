// Replacing a document's content in place: it reads back as the journey, with the fewest changes, keeping the
// records (and so what points at them) that exist in both.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import * as Y from "yjs";
import { createJourneyDoc, readJourney, type Journey } from "../../src/doc";
import { addCard, deleteStage, replaceJourney, setJourneyFields, updateCard } from "../../src/doc/ops";
import { collection } from "../../src/doc/schema";
import { parseJourneyText, toJourneyFile } from "../../src/format";
import { tinyJourney } from "../fixtures/journeys";

const root = resolve(import.meta.dirname, "../..");

function journeyAt(path: string): Journey {
  const parsed = parseJourneyText(readFileSync(resolve(root, path), "utf8"));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
  return parsed.journey;
}

/** The journey as the format writes it (cards in cell order, `order` numbered), without its comments. */
function asWritten(journey: Journey): unknown {
  const { comments: _comments, ...rest } = journey;
  return toJourneyFile(rest).journey;
}

const journeysIn = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".journey.json"))
    .map((f) => `${dir}/${f}`);
/** The repository's example journey and the fixtures' valid journeys, relative to the repository. */
const fixtureFiles = [
  "../shared/examples/phone-plan.journey.json",
  "tests/fixtures/phone-plan.journey.json",
  ...journeysIn("tests/fixtures/unseen"),
  ...journeysIn("tests/fixtures/audit/valid"),
];

/** Which keys of which records a transaction changed, as "collection/id.key" (and "meta.key"). */
function changesOf(doc: Y.Doc, run: () => void): string[] {
  const out: string[] = [];
  const names = ["stages", "lanes", "cards", "connections"] as const;
  const onAfter = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      for (const key of keys) {
        if (key === null) continue;
        if ((type as unknown) === doc.getMap("meta")) out.push(`meta.${key}`);
        for (const name of names) {
          if ((type as unknown) === collection(doc, name)) out.push(`${name}/${key}`);
          else if (type.parent === collection(doc, name)) out.push(`${name}/${String(type._item?.parentSub)}.${key}`);
        }
      }
    }
  };
  doc.on("afterTransaction", onAfter);
  run();
  doc.off("afterTransaction", onAfter);
  return out.sort();
}

describe("replaceJourney", () => {
  it.each(fixtureFiles)("turns an empty map into %s and back into the tiny journey", (path) => {
    const journey = journeyAt(path);
    const doc = createJourneyDoc(tinyJourney());
    replaceJourney(doc, journey);
    expect(asWritten(readJourney(doc))).toEqual(asWritten(journey));
    replaceJourney(doc, tinyJourney());
    expect(asWritten(readJourney(doc))).toEqual(asWritten(tinyJourney()));
  });

  it("restores the example journey after its stage and its cards were deleted, keeping the other records", () => {
    const journey = journeyAt("../shared/examples/phone-plan.journey.json");
    const doc = createJourneyDoc(journey);
    const stage = journey.stages[1]!;
    const keptCard = journey.cards.find((c) => c.stageId !== stage.id)!;
    const keptRecord = collection(doc, "cards").get(keptCard.id);
    deleteStage(doc, stage.id);
    expect(readJourney(doc).stages.map((s) => s.id)).not.toContain(stage.id);
    replaceJourney(doc, journey);
    expect(asWritten(readJourney(doc))).toEqual(asWritten(journey));
    // A card that was in both is the same record: a selection or a comment's anchor on it stays.
    expect(collection(doc, "cards").get(keptCard.id)).toBe(keptRecord);
  });

  it("changes nothing at all when the map already reads as the journey", () => {
    const doc = createJourneyDoc(journeyAt("tests/fixtures/phone-plan.journey.json"));
    let updates = 0;
    doc.on("update", () => updates++);
    replaceJourney(doc, readJourney(doc));
    expect(updates).toBe(0);
  });

  it("changes only the fields that differ, deletes what is gone and adds what is new, in one transaction", () => {
    const before = tinyJourney();
    const doc = createJourneyDoc(before);
    const target = readJourney(doc);
    updateCard(doc, "cd_a", { title: "Changed title", description: "Added" });
    setJourneyFields(doc, { title: "Renamed map" });
    const added = addCard(doc, { stageId: "st_b", laneId: "ln_do", title: "Added later" });
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    const changed = changesOf(doc, () => replaceJourney(doc, target));
    expect(transactions).toBe(1);
    // The added card's id is random: where it sorts among the others is not the point.
    expect(changed).toEqual(["cards/cd_a.description", "cards/cd_a.title", `cards/${added}`, "meta.title"].sort());
    expect(asWritten(readJourney(doc))).toEqual(asWritten(target));
  });

  it("moves a stage by changing its rank only, and orders cards within their cells as the journey does", () => {
    const journey = tinyJourney();
    const doc = createJourneyDoc(journey);
    const moved: Journey = {
      ...journey,
      stages: [journey.stages[1]!, journey.stages[0]!],
      cards: journey.cards.map((c) =>
        c.id === "cd_d" ? { ...c, order: 1 } : c.id === "cd_e" ? { ...c, order: 0 } : c,
      ),
    };
    const changed = changesOf(doc, () => replaceJourney(doc, moved));
    expect(changed.filter((k) => k.startsWith("stages/"))).toHaveLength(1);
    expect(changed.every((k) => k.endsWith(".rank"))).toBe(true);
    const read = readJourney(doc);
    expect(read.stages.map((s) => s.id)).toEqual(["st_b", "st_a"]);
    expect(read.cards.filter((c) => c.stageId === "st_b" && c.laneId === "ln_tp").map((c) => c.id)).toEqual([
      "cd_e",
      "cd_d",
    ]);
  });

  it("brings a peer's copy to the same journey when the peer receives the one update", () => {
    const journey = tinyJourney();
    const server = createJourneyDoc(journey);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(server));
    deleteStage(server, "st_b");
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(peer)));
    const updates: Uint8Array[] = [];
    server.on("update", (u: Uint8Array) => updates.push(u));
    replaceJourney(server, journey, "server");
    expect(updates).toHaveLength(1);
    Y.applyUpdate(peer, updates[0]!);
    expect(asWritten(readJourney(peer))).toEqual(asWritten(journey));
  });
});

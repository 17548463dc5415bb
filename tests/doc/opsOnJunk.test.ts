// Ops on a document where another client stored things that are not records (a stock Yjs client can): they
// skip them as the snapshot does, instead of throwing on every remote change or edit.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { hasOwnTitle, readJourney } from "../../src/doc";
import {
  addCard,
  connect,
  deleteStage,
  duplicateCards,
  moveCard,
  rehomeOrphanCards,
  updateCard,
  updateLane,
} from "../../src/doc/ops";
import { migrate } from "../../src/doc";
import { tinyDoc } from "./helpers";

function junkDoc(): Y.Doc {
  const doc = tinyDoc();
  doc.transact(() => {
    doc.getMap("cards").set("cd_junk", "not a record");
    doc.getMap("cards").set("cd_num", 42);
    doc.getMap("connections").set("cn_junk", ["from", "to"]);
    doc.getMap("stages").set("st_junk", null);
  }, "remote");
  return doc;
}

describe("ops on a document holding values that are not records", () => {
  it("rehome orphan cards without throwing and leave the junk alone", () => {
    const doc = junkDoc();
    (doc.getMap("cards").get("cd_a") as Y.Map<unknown>).set("stageId", "st_gone");
    expect(rehomeOrphanCards(doc)).toEqual(["cd_a"]);
    expect(doc.getMap("cards").get("cd_junk")).toBe("not a record");
  });

  it("edit, move, duplicate, connect and cascade around the junk", () => {
    const doc = junkDoc();
    expect(() => updateCard(doc, "cd_junk", { title: "I try" })).toThrow(/no card/i);
    const id = addCard(doc, { stageId: "st_a", laneId: "ln_do", title: "I add one" });
    moveCard(doc, id, { stageId: "st_b", laneId: "ln_do", index: 0 });
    expect(duplicateCards(doc, ["cd_b", "cd_d"])).toHaveLength(2);
    connect(doc, "cd_a", "cd_d");
    updateLane(doc, "ln_do", { kind: "emotions" });
    deleteStage(doc, "st_a");
    const journey = readJourney(doc);
    expect(journey.cards.some((c) => c.id === "cd_a")).toBe(false);
    expect(journey.cards.filter((c) => c.laneId === "ln_do").every((c) => c.emotion === 0)).toBe(true);
    expect(journey.connections.some((c) => c.from === "cd_a")).toBe(false);
  });

  it("migrate a document whose collections hold junk", () => {
    const doc = junkDoc();
    doc.getMap("meta").delete("schemaVersion");
    expect(() => migrate(doc)).not.toThrow();
  });
});

describe("hasOwnTitle", () => {
  it("tells a document with a usable title from one still on its way", () => {
    expect(hasOwnTitle(new Y.Doc())).toBe(false);
    const doc = tinyDoc();
    expect(hasOwnTitle(doc)).toBe(true);
    doc.getMap("meta").set("title", 42);
    expect(hasOwnTitle(doc)).toBe(false);
    expect(readJourney(doc).title).toBe("Untitled map");
  });
});

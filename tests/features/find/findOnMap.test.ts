// What Find lists: cards by title, description, channel and measurement point, stages and lanes by name, in map order.
import { describe, expect, it } from "vitest";
import { findOnMap } from "../../../src/features/find/findOnMap";
import { germanJourney as journey } from "./germanJourney";

describe("finding on the map", () => {
  it("lists what matches in map order: lanes, then stage by stage its name and cards lane by lane, in cell order", () => {
    const found = findOnMap(journey(), "groesse");
    expect(found.map((m) => m.id)).toEqual(["c_do2", "c_do1", "c_pain"]);
    expect(found[0]).toMatchObject({ kind: "card", stage: "Bestellen", lane: "Was ich tue", field: "title" });
  });

  it("finds a card by its description and shows the words around the match", () => {
    const [match] = findOnMap(journey(), "übersicht der");
    expect(match).toMatchObject({ id: "c_do1", field: "description", excerpt: "Übersicht der Groesse" });
  });

  it("finds a card by its channel's name in English or German", () => {
    expect(findOnMap(journey(), "e-mail")).toMatchObject([{ id: "c_wait", field: "channel", excerpt: "Email" }]);
    expect(findOnMap(journey(), "E-Mail")).toMatchObject([{ id: "c_wait", field: "channel" }]);
  });

  it("finds a card by its measurement point's metric and question", () => {
    expect(findOnMap(journey(), "csat")).toMatchObject([{ id: "c_shop", field: "measurement", excerpt: "CSAT" }]);
    expect(findOnMap(journey(), "zufrieden")).toMatchObject([{ id: "c_shop", field: "measurement" }]);
  });

  it("finds stages and lanes by name: the lanes first, then each stage before its cards", () => {
    const found = findOnMap(journey(), "ar");
    expect(found.map((m) => `${m.kind}:${m.id}`)).toEqual([
      "lane:ln_tp",
      "lane:ln_pain",
      "card:c_do2",
      "card:c_do1",
      "stage:st_b",
      "card:c_wait",
    ]);
  });

  it("finds nothing for a blank query or one that matches nothing", () => {
    expect(findOnMap(journey(), "  ")).toEqual([]);
    expect(findOnMap(journey(), "Rechnung")).toEqual([]);
  });

  it("follows the map: a changed title is found by its new words", () => {
    const before = journey();
    expect(findOnMap(before, "Rechnung")).toEqual([]);
    const after = {
      ...before,
      cards: before.cards.map((c) => (c.id === "c_pain" ? { ...c, title: "Die Rechnung" } : c)),
    };
    expect(findOnMap(after, "Rechnung").map((m) => m.id)).toEqual(["c_pain"]);
    expect(findOnMap(after, "groesse").map((m) => m.id)).toEqual(["c_do2", "c_do1"]);
  });
});

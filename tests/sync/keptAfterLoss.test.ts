// @vitest-environment jsdom
// What an editor's page could not save once it lost its access is kept in this browser, per map and per field of a
// record, within bounds, and read back only for its own map; what cannot be read is left out.
import {
  allKeptAfterLoss,
  dropKeptAfterLoss,
  keepAfterLoss,
  MAX_MAPS,
  MAX_MAP_CHARS,
  MAX_TEXTS,
  readKeptAfterLoss,
  textOf,
} from "../../src/sync/keptAfterLoss";
import type { NewKeptText } from "../../src/store";

const titleOf = (cardId: string, text: string): { kept: NewKeptText } => ({
  kept: {
    targetId: cardId,
    field: "title",
    text,
    putBack: { kind: "card", card: { stageId: "st_1", laneId: "ln_1", title: text } },
  },
});
const names = { mapTitle: "Tarif wechseln", recordName: "Preistabelle" };

beforeEach(() => localStorage.clear());

describe("texts kept after a page lost its access", () => {
  it("are read back for their map only, German typography intact", () => {
    keepAfterLoss("map-a", titleOf("c_1", "Ich kündige „sofort“ – Grüße, 5 €"), names, 1000);
    expect(readKeptAfterLoss("map-a")).toEqual([
      { ...titleOf("c_1", "Ich kündige „sofort“ – Grüße, 5 €"), ...names, at: 1000 },
    ]);
    expect(readKeptAfterLoss("map-b")).toEqual([]);
    expect(localStorage.getItem("outside-in.kept:map-a")).not.toBeNull();
  });

  it("keep the newest text of a field in place of an earlier one, and nothing empty", () => {
    keepAfterLoss("map-a", titleOf("c_1", "first"), names, 1);
    keepAfterLoss("map-a", titleOf("c_2", "other card"), names, 2);
    keepAfterLoss("map-a", titleOf("c_1", "second"), names, 3);
    keepAfterLoss("map-a", titleOf("c_3", "   "), names, 4);
    expect(readKeptAfterLoss("map-a").map(textOf)).toEqual(["other card", "second"]);
  });

  it("are deleted one by one when dismissed, and the map's key with the last", () => {
    keepAfterLoss("map-a", titleOf("c_1", "one"), names);
    keepAfterLoss("map-a", titleOf("c_2", "two"), names);
    dropKeptAfterLoss("map-a", titleOf("c_1", "one"));
    expect(readKeptAfterLoss("map-a").map(textOf)).toEqual(["two"]);
    dropKeptAfterLoss("map-a", titleOf("c_2", "two"));
    expect(localStorage.getItem("outside-in.kept:map-a")).toBeNull();
    expect(allKeptAfterLoss()).toEqual([]);
  });

  it("stay within their bounds, the oldest going first", () => {
    for (let i = 0; i < MAX_TEXTS + 5; i += 1) keepAfterLoss("map-a", titleOf(`c_${i}`, `text ${i}`), names, i);
    const texts = readKeptAfterLoss("map-a");
    expect(texts).toHaveLength(MAX_TEXTS);
    expect(textOf(texts[0]!)).toBe("text 5");
    const long = "ä".repeat(15_000);
    for (let i = 0; i < 10; i += 1) keepAfterLoss("map-b", titleOf(`c_${i}`, long), names, i);
    expect(localStorage.getItem("outside-in.kept:map-b")!.length).toBeLessThanOrEqual(MAX_MAP_CHARS);
    expect(readKeptAfterLoss("map-b").at(-1)).toMatchObject({ kept: { targetId: "c_9" } });
    for (let m = 0; m < MAX_MAPS + 3; m += 1) keepAfterLoss(`m-${m}`, titleOf("c_1", "x"), names, 100 + m);
    const maps = allKeptAfterLoss().map((m) => m.mapId);
    expect(maps).toHaveLength(MAX_MAPS);
    expect(maps[0]).toBe(`m-${MAX_MAPS + 2}`);
  });

  it("leave out what this page cannot read", () => {
    localStorage.setItem("outside-in.kept:map-a", "not json");
    expect(readKeptAfterLoss("map-a")).toEqual([]);
    localStorage.setItem(
      "outside-in.kept:map-a",
      JSON.stringify([{ kept: { targetId: 1 } }, { ...titleOf("c_1", "fine"), ...names, at: 5 }]),
    );
    expect(readKeptAfterLoss("map-a").map(textOf)).toEqual(["fine"]);
  });

  it("keep the map's own fields apart from its records' fields", () => {
    keepAfterLoss("map-a", { journey: { field: "scenario", text: "Ein langer Absatz über „Tarife“." } }, names, 1);
    keepAfterLoss("map-a", titleOf("c_1", "card"), names, 2);
    keepAfterLoss("map-a", { journey: { field: "scenario", text: "Ein neuerer Absatz." } }, names, 3);
    expect(readKeptAfterLoss("map-a").map(textOf)).toEqual(["card", "Ein neuerer Absatz."]);
    localStorage.setItem(
      "outside-in.kept:map-b",
      JSON.stringify([{ journey: { field: "stages", text: "x" }, ...names, at: 1 }]),
    );
    expect(readKeptAfterLoss("map-b")).toEqual([]);
  });
});

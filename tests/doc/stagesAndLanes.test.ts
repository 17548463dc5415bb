// Stage and lane ops: add at a place, rename, move, delete with their cards; bad input changes nothing.
import { OpError, readJourney } from "../../src/doc";
import {
  addLane,
  addStage,
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  updateLane,
  updateStage,
} from "../../src/doc/ops";
import { ids, tinyDoc } from "./helpers";

describe("stage ops", () => {
  it("adds a stage at the end, or at an index", () => {
    const doc = tinyDoc();
    const last = addStage(doc, { name: "Use", customerGoal: "I want it to just work" });
    const first = addStage(doc, { name: "Hear of it", index: 0 });
    const stages = readJourney(doc).stages;
    expect(ids(stages)).toEqual([first, "st_a", "st_b", last]);
    expect(stages[3]).toEqual({ id: last, name: "Use", customerGoal: "I want it to just work" });
  });

  it("renames a stage and clears its customer goal", () => {
    const doc = tinyDoc();
    updateStage(doc, "st_a", { name: "Notice the reminder", customerGoal: undefined });
    expect(readJourney(doc).stages[0]).toEqual({ id: "st_a", name: "Notice the reminder" });
  });

  it("refuses an empty name or an unknown stage and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => updateStage(doc, "st_a", { name: "  " })).toThrow(OpError);
    expect(() => addStage(doc, { name: "" })).toThrow(OpError);
    expect(() => updateStage(doc, "st_9", { name: "x" })).toThrow('There is no stage "st_9".');
    expect(() => moveStage(doc, "st_9", 0)).toThrow(OpError);
    expect(() => deleteStage(doc, "st_9")).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });

  it("moves a stage to an index among the others", () => {
    const doc = tinyDoc();
    const c = addStage(doc, { name: "C" });
    moveStage(doc, c, 0);
    expect(ids(readJourney(doc).stages)).toEqual([c, "st_a", "st_b"]);
    moveStage(doc, "st_a", 2);
    expect(ids(readJourney(doc).stages)).toEqual([c, "st_b", "st_a"]);
  });

  it("deletes a stage with its cards and the connections that touch them", () => {
    const doc = tinyDoc();
    deleteStage(doc, "st_b");
    const j = readJourney(doc);
    expect(ids(j.stages)).toEqual(["st_a"]);
    expect(ids(j.cards)).toEqual(["cd_a", "cd_b", "cd_c"]);
    expect(j.connections).toEqual([]);
  });
});

describe("lane ops", () => {
  it("adds a lane of a kind at an index", () => {
    const doc = tinyDoc();
    const id = addLane(doc, { name: "Behind the scenes", kind: "backstage", index: 1 });
    const lanes = readJourney(doc).lanes;
    expect(ids(lanes)).toEqual(["ln_do", id, "ln_tp", "ln_feel"]);
    expect(lanes[1]).toEqual({ id, name: "Behind the scenes", kind: "backstage" });
  });

  it("renames a lane and changes its kind", () => {
    const doc = tinyDoc();
    updateLane(doc, "ln_do", { name: "Was ich tue", kind: "thoughts" });
    expect(readJourney(doc).lanes[0]).toEqual({ id: "ln_do", name: "Was ich tue", kind: "thoughts" });
  });

  it("refuses an unknown kind or lane and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => updateLane(doc, "ln_do", { kind: "feelings" as never })).toThrow(OpError);
    expect(() => addLane(doc, { name: "x", kind: "nope" as never })).toThrow(OpError);
    expect(() => updateLane(doc, "ln_9", { name: "x" })).toThrow('There is no lane "ln_9".');
    expect(() => moveLane(doc, "ln_9", 0)).toThrow(OpError);
    expect(() => deleteLane(doc, "ln_9")).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });

  it("moves a lane", () => {
    const doc = tinyDoc();
    moveLane(doc, "ln_feel", 0);
    expect(ids(readJourney(doc).lanes)).toEqual(["ln_feel", "ln_do", "ln_tp"]);
  });

  it("deletes a lane with its cards and their connections", () => {
    const doc = tinyDoc();
    deleteLane(doc, "ln_tp");
    const j = readJourney(doc);
    expect(ids(j.lanes)).toEqual(["ln_do", "ln_feel"]);
    expect(ids(j.cards)).toEqual(["cd_a", "cd_c"]);
    expect(j.connections).toEqual([]);
  });
});

// Card ops: add, edit, move within and between cells, duplicate with their path, delete with their connections.
import { OpError, readJourney } from "../../src/doc";
import { addCard, deleteCards, duplicateCards, moveCard, moveCards, updateCard } from "../../src/doc/ops";
import { connect } from "../../src/doc/ops";
import { cell, ids, tinyDoc } from "./helpers";

describe("addCard", () => {
  it("appends to the cell, or inserts at an index", () => {
    const doc = tinyDoc();
    const last = addCard(doc, { stageId: "st_b", laneId: "ln_tp", title: "I log in", channel: "web" });
    const first = addCard(doc, { stageId: "st_b", laneId: "ln_tp", title: "I open the app", index: 0 });
    expect(cell(doc, "st_b", "ln_tp")).toEqual([first, "cd_d", "cd_e", last]);
    const card = readJourney(doc).cards.find((c) => c.id === last);
    expect(card).toEqual({ id: last, stageId: "st_b", laneId: "ln_tp", title: "I log in", channel: "web", order: 3 });
  });

  it("refuses an unknown cell or invalid fields and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => addCard(doc, { stageId: "st_9", laneId: "ln_do", title: "x" })).toThrow('There is no stage "st_9".');
    expect(() => addCard(doc, { stageId: "st_a", laneId: "ln_9", title: "x" })).toThrow('There is no lane "ln_9".');
    expect(() => addCard(doc, { stageId: "st_a", laneId: "ln_feel", title: "x", emotion: 3 as never })).toThrow(
      OpError,
    );
    expect(() => addCard(doc, { stageId: "st_a", laneId: "ln_do", title: "" })).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });
});

describe("updateCard", () => {
  it("changes the given fields and removes those set to undefined", () => {
    const doc = tinyDoc();
    updateCard(doc, "cd_b", { title: "I read the email", channel: undefined, owner: "CRM team" });
    const card = readJourney(doc).cards.find((c) => c.id === "cd_b");
    expect(card).toEqual({
      id: "cd_b",
      stageId: "st_a",
      laneId: "ln_tp",
      order: 0,
      title: "I read the email",
      owner: "CRM team",
    });
  });

  it("refuses an emotion out of range, an unknown channel or card, and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => updateCard(doc, "cd_c", { emotion: 1.5 as never })).toThrow(OpError);
    expect(() => updateCard(doc, "cd_b", { channel: "pigeon" as never })).toThrow(OpError);
    expect(() => updateCard(doc, "cd_9", { title: "x" })).toThrow('There is no card "cd_9".');
    expect(readJourney(doc)).toEqual(before);
  });
});

describe("moveCard", () => {
  it("moves a card within its cell", () => {
    const doc = tinyDoc();
    moveCard(doc, "cd_e", { stageId: "st_b", laneId: "ln_tp", index: 0 });
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_e", "cd_d"]);
    moveCard(doc, "cd_e", { stageId: "st_b", laneId: "ln_tp", index: 1 });
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_d", "cd_e"]);
  });

  it("moves a card to another cell at an index and keeps its connections", () => {
    const doc = tinyDoc();
    moveCard(doc, "cd_d", { stageId: "st_a", laneId: "ln_tp", index: 0 });
    expect(cell(doc, "st_a", "ln_tp")).toEqual(["cd_d", "cd_b"]);
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_e"]);
    expect(readJourney(doc).connections).toEqual([{ id: "cn_a", from: "cd_b", to: "cd_d" }]);
  });

  it("appends when no index is given", () => {
    const doc = tinyDoc();
    moveCard(doc, "cd_a", { stageId: "st_b", laneId: "ln_tp" });
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_d", "cd_e", "cd_a"]);
  });

  it("refuses an unknown card or cell and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => moveCard(doc, "cd_9", { stageId: "st_a", laneId: "ln_do" })).toThrow(OpError);
    expect(() => moveCard(doc, "cd_a", { stageId: "st_9", laneId: "ln_do" })).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });
});

describe("moveCards", () => {
  it("moves several cards to one cell", () => {
    const doc = tinyDoc();
    moveCards(doc, [
      { id: "cd_a", stageId: "st_b", laneId: "ln_do" },
      { id: "cd_b", stageId: "st_b", laneId: "ln_do" },
    ]);
    expect(cell(doc, "st_b", "ln_do")).toEqual(["cd_a", "cd_b"]);
    expect(cell(doc, "st_a", "ln_do")).toEqual([]);
  });
});

describe("duplicateCards", () => {
  it("places each copy right after its original with the same fields and a new id", () => {
    const doc = tinyDoc();
    const [copy] = duplicateCards(doc, ["cd_d"]);
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_d", copy, "cd_e"]);
    const cards = readJourney(doc).cards;
    const original = cards.find((c) => c.id === "cd_d");
    const duplicate = cards.find((c) => c.id === copy);
    expect({ ...duplicate, id: "cd_d", order: 0 }).toEqual(original);
  });

  it("copies the connections among the duplicated cards, not those to cards left behind", () => {
    const doc = tinyDoc();
    connect(doc, "cd_d", "cd_e");
    const copies = duplicateCards(doc, ["cd_b", "cd_d"]);
    const [b2, d2] = copies;
    const connections = readJourney(doc).connections.map((c) => [c.from, c.to]);
    expect(connections).toContainEqual([b2, d2]);
    expect(connections).toHaveLength(3);
    expect(connections.some(([from, to]) => from === d2 && to === "cd_e")).toBe(false);
  });

  it("ignores unknown ids and returns nothing for nothing", () => {
    const doc = tinyDoc();
    expect(duplicateCards(doc, ["cd_9"])).toEqual([]);
    expect(readJourney(doc).cards).toHaveLength(5);
  });
});

describe("deleteCards", () => {
  it("deletes the cards and every connection that touches them", () => {
    const doc = tinyDoc();
    connect(doc, "cd_d", "cd_e");
    deleteCards(doc, ["cd_d"]);
    const j = readJourney(doc);
    expect(ids(j.cards)).toEqual(["cd_a", "cd_b", "cd_c", "cd_e"]);
    expect(j.connections).toEqual([]);
    expect(cell(doc, "st_b", "ln_tp")).toEqual(["cd_e"]);
  });
});

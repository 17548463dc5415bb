// Two people editing at once: after they exchange updates both documents hold the same journey.
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { addCard, deleteStage, moveCard, moveStage, updateCard } from "../../src/doc/ops";
import { exchange, peerOf, tinyDoc } from "./helpers";

const same = (a: Y.Doc, b: Y.Doc) => expect(readJourney(a)).toEqual(readJourney(b));

describe("concurrent edits", () => {
  it("converge when two people move the same card to different cells", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    moveCard(alice, "cd_a", { stageId: "st_b", laneId: "ln_do" });
    moveCard(bob, "cd_a", { stageId: "st_b", laneId: "ln_tp", index: 0 });
    exchange(alice, bob);
    same(alice, bob);
    const copies = readJourney(alice).cards.filter((c) => c.id === "cd_a");
    expect(copies).toHaveLength(1);
    expect(copies[0]?.stageId).toBe("st_b");
  });

  it("converge when two people reorder the same cell", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    moveCard(alice, "cd_e", { stageId: "st_b", laneId: "ln_tp", index: 0 });
    moveCard(bob, "cd_d", { stageId: "st_b", laneId: "ln_tp", index: 1 });
    exchange(alice, bob);
    same(alice, bob);
    expect(readJourney(alice).cards.filter((c) => c.laneId === "ln_tp" && c.stageId === "st_b")).toHaveLength(2);
  });

  it("keep both cards when two people add to the same place", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    const a = addCard(alice, { stageId: "st_a", laneId: "ln_do", title: "Alice's card", index: 0 });
    const b = addCard(bob, { stageId: "st_a", laneId: "ln_do", title: "Bob's card", index: 0 });
    exchange(alice, bob);
    same(alice, bob);
    const cell = readJourney(alice).cards.filter((c) => c.stageId === "st_a" && c.laneId === "ln_do");
    expect(cell.map((c) => c.id).sort()).toEqual([a, b, "cd_a"].sort());
    expect(cell.map((c) => c.order)).toEqual([0, 1, 2]);
  });

  it("merge edits of different fields of one card", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    updateCard(alice, "cd_b", { title: "I read the email" });
    updateCard(bob, "cd_b", { channel: "letter" });
    exchange(alice, bob);
    same(alice, bob);
    const card = readJourney(alice).cards.find((c) => c.id === "cd_b");
    expect(card).toMatchObject({ title: "I read the email", channel: "letter" });
  });

  it("converge, and keep the card, when one person deletes a stage while another moves a card into it", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    deleteStage(alice, "st_b");
    moveCard(bob, "cd_a", { stageId: "st_b", laneId: "ln_do" });
    moveStage(bob, "st_b", 0);
    exchange(alice, bob);
    same(alice, bob);
    const j = readJourney(alice);
    expect(j.stages.map((s) => s.id)).toEqual(["st_a"]);
    expect(j.cards.every((c) => c.stageId === "st_a")).toBe(true);
    // The moved card is not deleted: it stays in the document, out of the snapshot, until someone recovers it.
    expect(alice.getMap("cards").has("cd_a")).toBe(true);
    expect(bob.getMap("cards").has("cd_a")).toBe(true);
  });
});

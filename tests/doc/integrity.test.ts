// The document stays exportable and nothing a user made vanishes: emotions in emotions lanes, required
// fields that an update cannot remove, and cards whose stage or lane was deleted concurrently.
import { OpError, readJourney } from "../../src/doc";
import {
  addCard,
  addLane,
  deleteStage,
  moveCard,
  rehomeOrphanCards,
  setJourneyFields,
  updateCard,
  updateLane,
  updateStage,
} from "../../src/doc/ops";
import { parseJourneyText, serializeJourney } from "../../src/format";
import { exchange, peerOf, tinyDoc } from "./helpers";

const cardOf = (doc: ReturnType<typeof tinyDoc>, id: string) => readJourney(doc).cards.find((c) => c.id === id);

describe("cards in an emotions lane always carry an emotion", () => {
  it("a card added there without one gets a neutral emotion; one with an emotion keeps it", () => {
    const doc = tinyDoc();
    const neutral = addCard(doc, { stageId: "st_b", laneId: "ln_feel", title: "Unsure" });
    const happy = addCard(doc, { stageId: "st_b", laneId: "ln_feel", title: "Glad", emotion: 2 });
    expect(cardOf(doc, neutral)?.emotion).toBe(0);
    expect(cardOf(doc, happy)?.emotion).toBe(2);
    const other = addCard(doc, { stageId: "st_b", laneId: "ln_do", title: "I call" });
    expect(cardOf(doc, other)?.emotion).toBeUndefined();
  });

  it("a card moved into an emotions lane gets a neutral emotion", () => {
    const doc = tinyDoc();
    moveCard(doc, "cd_a", { stageId: "st_b", laneId: "ln_feel" });
    expect(cardOf(doc, "cd_a")?.emotion).toBe(0);
  });

  it("a lane that becomes an emotions lane gives its cards a neutral emotion", () => {
    const doc = tinyDoc();
    updateLane(doc, "ln_do", { kind: "emotions" });
    expect(cardOf(doc, "cd_a")?.emotion).toBe(0);
  });

  it("clearing the emotion of a card in an emotions lane is refused and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => updateCard(doc, "cd_c", { emotion: undefined })).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });

  it("after any of these edits the exported journey is valid", () => {
    const doc = tinyDoc();
    addCard(doc, { stageId: "st_b", laneId: "ln_feel", title: "Unsure" });
    moveCard(doc, "cd_a", { stageId: "st_b", laneId: "ln_feel" });
    updateLane(doc, "ln_tp", { kind: "emotions" });
    const result = parseJourneyText(serializeJourney(readJourney(doc)));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe("updates cannot remove or empty a required field", () => {
  it("refuses removing a card title, a stage or lane name, a lane kind or the journey title", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => updateCard(doc, "cd_a", { title: undefined as never })).toThrow(/title/);
    expect(() => updateCard(doc, "cd_a", { title: "   " })).toThrow(OpError);
    expect(() => updateStage(doc, "st_a", { name: undefined as never })).toThrow(/name/);
    expect(() => updateLane(doc, "ln_do", { name: undefined as never })).toThrow(/name/);
    expect(() => updateLane(doc, "ln_do", { kind: undefined as never })).toThrow(/kind/);
    expect(() => setJourneyFields(doc, { title: undefined as never })).toThrow(/title/);
    expect(readJourney(doc)).toEqual(before);
  });

  it("still clears optional fields and keeps the place of a card", () => {
    const doc = tinyDoc();
    updateCard(doc, "cd_b", { channel: undefined, stageId: "st_b" } as never);
    expect(cardOf(doc, "cd_b")).toMatchObject({ stageId: "st_a", title: "I get an email" });
    expect(cardOf(doc, "cd_b")?.channel).toBeUndefined();
    updateStage(doc, "st_a", { customerGoal: undefined });
    expect(readJourney(doc).stages[0]?.customerGoal).toBeUndefined();
    setJourneyFields(doc, { scenario: undefined });
    expect(readJourney(doc).scenario).toBeUndefined();
  });
});

describe("cards whose stage or lane was deleted concurrently", () => {
  it("are moved to the first stage (and lane) and show again, the same on every peer", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    deleteStage(alice, "st_b");
    const added = addCard(bob, { stageId: "st_b", laneId: "ln_tp", title: "I pay online", channel: "web" });
    moveCard(bob, "cd_a", { stageId: "st_b", laneId: "ln_do" });
    exchange(alice, bob);
    expect(cardOf(alice, added)).toBeUndefined();
    expect(rehomeOrphanCards(alice).sort()).toEqual([added, "cd_a"].sort());
    expect(rehomeOrphanCards(bob).sort()).toEqual([added, "cd_a"].sort());
    exchange(alice, bob);
    expect(readJourney(alice)).toEqual(readJourney(bob));
    expect(cardOf(alice, added)).toMatchObject({ stageId: "st_a", laneId: "ln_tp", title: "I pay online" });
    expect(cardOf(alice, "cd_a")).toMatchObject({ stageId: "st_a", laneId: "ln_do" });
    expect(rehomeOrphanCards(alice)).toEqual([]);
  });

  it("a card whose lane is gone lands in the first lane, with an emotion if that is an emotions lane", () => {
    const alice = tinyDoc();
    const bob = peerOf(alice);
    const lane = addLane(alice, { name: "Feelings", kind: "emotions", index: 0 });
    exchange(alice, bob);
    updateLane(alice, "ln_do", { name: "Doing" });
    // Bob deletes the lane of cd_a with its cards while Alice adds a card to it.
    const added = addCard(alice, { stageId: "st_a", laneId: "ln_do", title: "I read again" });
    bob.getMap("lanes").delete("ln_do");
    exchange(alice, bob);
    rehomeOrphanCards(bob);
    exchange(alice, bob);
    expect(cardOf(alice, added)).toMatchObject({ laneId: lane, emotion: 0 });
    expect(readJourney(alice)).toEqual(readJourney(bob));
  });
});

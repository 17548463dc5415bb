// The measurement point, connections, deleting a selection and the journey's own fields.
import { OpError, defaultMeasurement, readJourney } from "../../src/doc";
import {
  connect,
  deleteSelection,
  disconnect,
  setJourneyFields,
  setMeasurement,
  updateConnection,
} from "../../src/doc/ops";
import { ids, tinyDoc } from "./helpers";

const card = (doc: ReturnType<typeof tinyDoc>, id: string) => readJourney(doc).cards.find((c) => c.id === id);

describe("setMeasurement", () => {
  it("sets a measurement point and removes it again", () => {
    const doc = tinyDoc();
    const m = { ...defaultMeasurement("CES"), target: 5, observations: [{ date: "2026-11-01", value: 4.2, n: 120 }] };
    setMeasurement(doc, "cd_b", m);
    expect(card(doc, "cd_b")?.measurement).toEqual(m);
    setMeasurement(doc, "cd_b", null);
    expect(card(doc, "cd_b")).not.toHaveProperty("measurement");
  });

  it("refuses an invalid measurement point with an OpError and changes nothing", () => {
    const doc = tinyDoc();
    setMeasurement(doc, "cd_b", { metric: "CSAT", target: 4 });
    const before = readJourney(doc);
    expect(() => setMeasurement(doc, "cd_b", { metric: "ROI" as never })).toThrow(OpError);
    expect(() => setMeasurement(doc, "cd_b", { metric: "NPS", target: Number.NaN })).toThrow(OpError);
    expect(() =>
      setMeasurement(doc, "cd_b", { metric: "CSAT", observations: [{ date: "1.11.2026", value: 4 }] }),
    ).toThrow(/measurement point was not changed/);
    expect(() => setMeasurement(doc, "cd_9", null)).toThrow('There is no card "cd_9".');
    expect(readJourney(doc)).toEqual(before);
  });
});

describe("connections", () => {
  it("connects two cards once, labels and disconnects them", () => {
    const doc = tinyDoc();
    const id = connect(doc, "cd_d", "cd_e", "then");
    expect(connect(doc, "cd_d", "cd_e")).toBe(id);
    expect(readJourney(doc).connections.at(-1)).toEqual({ id, from: "cd_d", to: "cd_e", label: "then" });
    updateConnection(doc, id, { label: "after paying" });
    expect(readJourney(doc).connections.at(-1)?.label).toBe("after paying");
    disconnect(doc, [id]);
    expect(ids(readJourney(doc).connections)).toEqual(["cn_a"]);
  });

  it("refuses a loop, unknown cards, an unknown connection and a label too long, and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => connect(doc, "cd_a", "cd_a")).toThrow("A card cannot be connected to itself.");
    expect(() => connect(doc, "cd_9", "cd_a")).toThrow(OpError);
    expect(() => connect(doc, "cd_a", "cd_9")).toThrow(OpError);
    expect(() => updateConnection(doc, "cn_9", { label: "x" })).toThrow(OpError);
    expect(() => updateConnection(doc, "cn_a", { label: "x".repeat(201) })).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });
});

describe("deleteSelection", () => {
  it("deletes selected cards, connections, stages and lanes in one go", () => {
    const doc = tinyDoc();
    const extra = connect(doc, "cd_a", "cd_b");
    deleteSelection(doc, { connections: [extra], cards: ["cd_c"], lanes: ["ln_do"] });
    const j = readJourney(doc);
    expect(ids(j.lanes)).toEqual(["ln_tp", "ln_feel"]);
    expect(ids(j.cards)).toEqual(["cd_b", "cd_d", "cd_e"]);
    expect(ids(j.connections)).toEqual(["cn_a"]);
    deleteSelection(doc, { stages: ["st_a"] });
    expect(ids(readJourney(doc).cards)).toEqual(["cd_d", "cd_e"]);
    expect(readJourney(doc).connections).toEqual([]);
  });
});

describe("setJourneyFields", () => {
  it("sets the title and persona and clears the owner", () => {
    const doc = tinyDoc();
    setJourneyFields(doc, { title: "Renew", owner: undefined, persona: { name: "Ben", goals: ["Stay covered"] } });
    const j = readJourney(doc);
    expect(j.title).toBe("Renew");
    expect(j).not.toHaveProperty("owner");
    expect(j.persona).toEqual({ name: "Ben", goals: ["Stay covered"] });
  });

  it("refuses an empty or too long title and a bad language tag, and changes nothing", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => setJourneyFields(doc, { title: "" })).toThrow(OpError);
    expect(() => setJourneyFields(doc, { title: "x".repeat(201) })).toThrow(OpError);
    expect(() => setJourneyFields(doc, { language: "not a tag" })).toThrow(OpError);
    expect(readJourney(doc)).toEqual(before);
  });
});

// emotion-low-without-opportunity: the lowest emotion card of a stage counts.
import { card, findings, journey } from "./helpers";

const stages = [
  { id: "s1", name: "Report", customerGoal: "I want to report quickly" },
  { id: "s2", name: "Wait", customerGoal: "I want to know what happens" },
];

describe("emotion-low-without-opportunity", () => {
  it("finds a stage at -1 or -2 with no opportunity and names the stage and the emotion", () => {
    const j = journey({
      stages,
      cards: [card("emotions", "Calm", { emotion: 1 }), card("emotions", "Worried", { emotion: -2, stageId: "s2" })],
    });
    const found = findings(j, "emotion-low-without-opportunity");
    expect(found.map((f) => [f.targetId, f.targetKind])).toEqual([["s2", "stage"]]);
    expect(found[0]?.message).toBe(
      'The customer feels bad in the stage "Wait" (emotion −2), and there is no opportunity there.',
    );
  });

  it("takes the lowest emotion of the stage, so one good moment does not hide a bad one", () => {
    const j = journey({
      cards: [
        card("emotions", "Happy", { emotion: 2 }),
        card("emotions", "Happy", { emotion: 2 }),
        card("emotions", "Annoyed", { emotion: -1 }),
      ],
    });
    expect(findings(j, "emotion-low-without-opportunity")).toHaveLength(1);
  });

  it("leaves a low stage with an opportunity alone", () => {
    const j = journey({
      stages,
      cards: [
        card("emotions", "Worried", { emotion: -2, stageId: "s2" }),
        card("opportunities", "Tell me every step", { stageId: "s2" }),
      ],
    });
    expect(findings(j, "emotion-low-without-opportunity")).toEqual([]);
  });

  it("leaves neutral stages and stages without emotion cards alone", () => {
    const j = journey({
      stages,
      cards: [card("emotions", "Fine", { emotion: 0 }), card("painPoints", "It takes long", { stageId: "s2" })],
    });
    expect(findings(j, "emotion-low-without-opportunity")).toEqual([]);
  });

  it("does not count an opportunity in another stage", () => {
    const j = journey({
      stages,
      cards: [card("emotions", "Angry", { emotion: -1 }), card("opportunities", "Call me back", { stageId: "s2" })],
    });
    expect(findings(j, "emotion-low-without-opportunity").map((f) => f.targetId)).toEqual(["s1"]);
  });
});

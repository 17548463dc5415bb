// moment-of-truth-unmeasured: a moment of truth needs a measurement point with a target.
import { card, findings, journey, touchpoint } from "./helpers";

const reason = { reason: "It decides whether I stay" };

describe("moment-of-truth-unmeasured", () => {
  it("finds a moment of truth without a measurement point, as an error", () => {
    const c = card("touchpoints", "I get the decision on my claim", { channel: "letter", momentOfTruth: reason });
    const [f] = findings(journey({ cards: [c] }), "moment-of-truth-unmeasured");
    expect(f).toMatchObject({ targetId: c.id, targetKind: "card", severity: "error" });
    expect(f?.message).toBe('The moment of truth "I get the decision on my claim" has no measurement point.');
  });

  it("finds a moment of truth that is measured but has no target", () => {
    const c = touchpoint("I get my money", { momentOfTruth: reason, measurement: { metric: "NPS", scale: "0-10" } });
    const [f] = findings(journey({ cards: [c], language: "de-AT" }), "moment-of-truth-unmeasured");
    expect(f?.message).toBe("Der Moment der Wahrheit „I get my money“ wird gemessen, hat aber keinen Zielwert.");
  });

  it("leaves a moment of truth with a target alone, even a target of zero", () => {
    const a = touchpoint("I get my money", { momentOfTruth: reason });
    const b = touchpoint("I wait", {
      momentOfTruth: reason,
      measurement: { metric: "custom", target: 0, direction: "lower" },
    });
    expect(findings(journey({ cards: [a, b] }), "moment-of-truth-unmeasured")).toEqual([]);
  });
});

// stage-without-customer-goal and no-journey-owner.
import { findings, journey } from "./helpers";

describe("stage-without-customer-goal", () => {
  it("finds stages with no goal or a blank one and names them, in map order", () => {
    const j = journey({
      stages: [
        { id: "s1", name: "Report" },
        { id: "s2", name: "Wait", customerGoal: "I want to know where my claim stands" },
        { id: "s3", name: "Repair", customerGoal: "   " },
      ],
    });
    const found = findings(j, "stage-without-customer-goal");
    expect(found.map((f) => [f.targetId, f.targetKind])).toEqual([
      ["s1", "stage"],
      ["s3", "stage"],
    ]);
    expect(found[0]?.message).toBe('The stage "Report" has no customer goal.');
  });

  it("says it in German on a German map", () => {
    const [f] = findings(
      journey({ stages: [{ id: "s1", name: "Melden" }], language: "de" }),
      "stage-without-customer-goal",
    );
    expect(f?.message).toBe("Die Phase „Melden“ hat kein Kundenziel.");
  });
});

describe("no-journey-owner", () => {
  it("finds a journey with no owner and targets the journey id", () => {
    const j = journey({ owner: " " });
    const [f, ...rest] = findings(j, "no-journey-owner");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ targetId: "j-test", targetKind: "journey" });
    expect(f?.message).toBe('The journey "Test journey" has no owner.');
  });

  it("leaves a journey with an owner alone", () => {
    expect(findings(journey({ owner: "Head of Claims" }), "no-journey-owner")).toEqual([]);
  });
});

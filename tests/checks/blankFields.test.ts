// What counts as no owner and no customer goal: nothing, nothing readable, or a placeholder.
import { findings, journey } from "./helpers";

describe("a field that names nothing", () => {
  it.each(["", "   ", "-", "?", "…", "\u200b", "TBD", "n/a", "N. A.", "offen", "k. A.", "unbekannt", "N. N.", "NN"])(
    "takes the owner %j for no owner",
    (owner) => {
      expect(findings(journey({ owner }), "no-journey-owner")).toHaveLength(1);
    },
  );

  it.each(["Head of Claims", "Anna Schmidt", "Leitung Schaden", "CX-Team 2", "N. Nowak"])(
    "takes %j for an owner",
    (owner) => {
      expect(findings(journey({ owner }), "no-journey-owner")).toEqual([]);
    },
  );

  it.each(["TBD", "-", "?", "\u00a0", "todo", "noch offen"])("takes the customer goal %j for no goal", (goal) => {
    const j = journey({ stages: [{ id: "s1", name: "Report", customerGoal: goal }] });
    expect(findings(j, "stage-without-customer-goal")).toHaveLength(1);
  });
});

// touchpoint-without-measurement and touchpoint-without-channel: only touchpoint cards, named in the message.
import { card, findings, journey, touchpoint } from "./helpers";

describe("touchpoint-without-measurement", () => {
  it("finds a touchpoint with no measurement point and names it", () => {
    const tp = card("touchpoints", "I fill in the claim form", { channel: "web" });
    const [f, ...rest] = findings(journey({ cards: [tp] }), "touchpoint-without-measurement");
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ targetId: tp.id, targetKind: "card", severity: "warning" });
    expect(f?.message).toContain("I fill in the claim form");
    expect(f?.why.length).toBeGreaterThan(20);
    expect(f?.fix.length).toBeGreaterThan(20);
  });

  it("leaves a measured touchpoint and cards in other lanes alone", () => {
    const j = journey({
      cards: [
        touchpoint("I call the hotline"),
        card("actions", "I take photos"),
        card("backstage", "Claims team reviews"),
      ],
    });
    expect(findings(j, "touchpoint-without-measurement")).toEqual([]);
  });

  it("speaks German on a German map", () => {
    const tp = card("touchpoints", "Ich fülle das Formular aus", { channel: "web" });
    const [f] = findings(journey({ cards: [tp], language: "de" }), "touchpoint-without-measurement");
    expect(f?.message).toBe("Der Kontaktpunkt „Ich fülle das Formular aus“ hat keinen Messpunkt.");
  });
});

describe("touchpoint-without-channel", () => {
  it("finds a touchpoint with no channel and names it", () => {
    const { channel: _channel, ...tp } = touchpoint("I get my policy");
    const [f, ...rest] = findings(journey({ cards: [tp] }), "touchpoint-without-channel");
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ targetId: tp.id, targetKind: "card" });
    expect(f?.message).toBe('The touchpoint "I get my policy" has no channel.');
  });

  it("leaves a touchpoint with a channel and an action without one alone", () => {
    const j = journey({ cards: [touchpoint("I get my policy", { channel: "email" }), card("actions", "I read it")] });
    expect(findings(j, "touchpoint-without-channel")).toEqual([]);
  });
});

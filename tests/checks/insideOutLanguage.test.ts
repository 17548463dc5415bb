// inside-out-language: company wording in customer lanes, English and German, with customer-view rewordings.
import type { LaneKind } from "../../src/doc";
import { insideOutPhrases, suggestRewording } from "../../src/checks";
import { card, findings, journey } from "./helpers";

const inLane = (kind: LaneKind, title: string, language?: string) => {
  const c = card(kind, title, kind === "emotions" ? { emotion: 0 } : {});
  const parts = { cards: [c] };
  return findings(journey(language === undefined ? parts : { ...parts, language }), "inside-out-language");
};

describe("inside-out-language", () => {
  it.each([
    ["We send the policy", "We send"],
    ["We'll check your documents", "We'll check"],
    ["Our team calls you back", "Our team"],
    ["Our claims team reviews the photos", "Our claims team"],
    ["The system processes the claim", "The system processes"],
    ["My claim is processed", "is processed"],
    ["Customer receives the invoice", "Customer receives"],
    ["A clerk looks at my photos", "clerk"],
    ["My data goes to the back office", "back office"],
    ["I get a case handler", "case handler"],
    ["My data is in the CRM", "CRM"],
    ["SAP creates my invoice", "SAP"],
    ["I open a ticket", "ticket"],
    ["The workflow starts", "workflow"],
    ["I wait during processing", "processing"],
    ["Escalation to second level", "Escalation"],
    ["Wir prüfen die Unterlagen", "Wir prüfen"],
    ["Wir senden die Police", "Wir senden"],
    ["Dann prüfen wir alles", "prüfen wir"],
    ["Unser Team meldet sich", "Unser Team"],
    ["Der Kunde erhält die Police", "Der Kunde erhält"],
    ["Vorgang wird bearbeitet", "Vorgang"],
    ["Mein Antrag wird vom Innendienst geprüft", "wird vom Innendienst geprüft"],
    ["Der Sachbearbeiter ruft an", "Sachbearbeiter"],
    ["Die Schadensachbearbeiterin meldet sich", "Schadensachbearbeiterin"],
    ["Meine Daten stehen im Bestandssystem", "Bestandssystem"],
    ["Ich warte auf die Antragsbearbeitung", "Antragsbearbeitung"],
    ["Ich bekomme eine Vorgangsnummer", "Vorgangsnummer"],
    ["Übermittlung an den Außendienst über das Ticketsystem", "Ticketsystem"],
  ])("finds %j and names %j", (title, phrase) => {
    const [f, ...rest] = inLane("actions", title);
    expect(rest).toEqual([]);
    expect(f?.targetKind).toBe("card");
    expect(f?.message).toContain(title);
    expect(f?.message).toContain(`"${phrase}"`);
  });

  it.each([
    "I receive my policy",
    "I check my bill",
    "I send my photos",
    "Between the lines I find the answer",
    "I answer a few questions",
    "I call customer service",
    "I buy a train ticket",
    "Ich erhalte die Police",
    "Ich prüfe meine Rechnung",
    "Ich rufe den Kundenservice an",
    "Ich kaufe ein Ticket für das Konzert",
    "Was sagen die Kunden?",
    "Ich bin überwältigt",
    "Mein Auto ist wieder fahrbereit",
    "We need a bigger car for the kids",
    "Wir brauchen ein größeres Auto",
    "My loan is approved",
  ])("leaves the customer's own wording %j alone", (title) => {
    expect(inLane("actions", title)).toEqual([]);
    expect(insideOutPhrases(title)).toEqual([]);
  });

  it("checks every customer lane: actions, touchpoints, thoughts and emotions", () => {
    for (const kind of ["actions", "touchpoints", "thoughts", "emotions"] as const) {
      expect(inLane(kind, "We check your claim")).toHaveLength(1);
    }
  });

  it("never fires in the backstage, pain point or opportunity lanes", () => {
    for (const kind of ["backstage", "painPoints", "opportunities"] as const) {
      expect(inLane(kind, "We check the claim in SAP; the clerk escalates the Vorgang")).toEqual([]);
    }
  });

  it("reads the card description too", () => {
    const c = card("touchpoints", "I get a letter", { description: "Our team sends it after the review" });
    expect(findings(journey({ cards: [c] }), "inside-out-language")).toHaveLength(1);
  });

  it("names every phrase it finds in one finding per card", () => {
    const [f] = inLane("actions", "We check the claim in the CRM");
    expect(f?.message).toBe(
      'The card "We check the claim in the CRM" speaks from the company\'s side: "We check", "CRM".',
    );
  });

  it("speaks German on a German map, whatever language the card is in", () => {
    const [f] = inLane("thoughts", "Wir prüfen den Vorgang", "de");
    expect(f?.message).toBe(
      "Die Karte „Wir prüfen den Vorgang“ spricht aus Sicht des Unternehmens: „Wir prüfen“, „Vorgang“.",
    );
    expect(f?.why).toMatch(/Kundschaft/);
  });

  it.each([
    ["We send the policy", "I receive the policy"],
    ["We send you your new card", "I receive my new card"],
    ["Customer receives the invoice", "I receive the invoice"],
    ["The customer fills in his form", "I fill in my form"],
    ["We inform the customer about the delay", "I hear about the delay"],
    ["Wir senden die Police", "Ich erhalte die Police"],
    ["Wir senden Ihnen Ihre Police zu", "Ich erhalte meine Police"],
    ["Der Kunde erhält die Police", "Ich erhalte die Police"],
    ["Kundin meldet den Schaden", "Ich melde den Schaden"],
  ])("suggests %j → %j", (title, suggestion) => {
    expect(inLane("touchpoints", title)[0]?.suggestion).toBe(suggestion);
    expect(suggestRewording(title)).toBe(suggestion);
  });

  it("offers no suggestion when it cannot make a clean one", () => {
    const [f] = inLane("actions", "Vorgang wird bearbeitet");
    expect(f).toBeDefined();
    expect(f?.suggestion).toBeUndefined();
    expect(f && "suggestion" in f).toBe(false);
    expect(suggestRewording("We send the policy to the back office")).toBeUndefined();
  });
});

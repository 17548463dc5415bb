// inside-out-language: company wording in customer lanes, English and German, with customer-view rewordings.
import type { LaneKind } from "../../src/doc";
import { insideOutPhrases, suggestRewording } from "../../src/checks";
import { card, findings, journey } from "./helpers";

const inLane = (kind: LaneKind, title: string, language?: string) => {
  const c = card(kind, title, kind === "emotions" ? { emotion: 0 } : {});
  const parts = { cards: [c] };
  return findings(journey(language === undefined ? parts : { ...parts, language }), "inside-out-language");
};

/** Finds the one finding of a card with this title in an actions lane and checks that it names `phrase`. */
function expectFound(title: string, phrase: string): void {
  const [f, ...rest] = inLane("actions", title);
  expect(rest).toEqual([]);
  expect(f?.targetKind).toBe("card");
  expect(f?.message).toContain(title);
  expect(f?.message).toContain(`"${phrase}"`);
}

function expectClean(title: string): void {
  expect(inLane("actions", title)).toEqual([]);
  expect(insideOutPhrases(title)).toEqual([]);
}

describe("inside-out-language", () => {
  it.each([
    ["We send the policy", "We send"],
    ["We'll check your documents", "We'll check"],
    ["Our team calls you back", "Our team calls"],
    ["Our claims team reviews the photos", "Our claims team reviews"],
    ["The system processes the claim", "The system processes"],
    ["My claim is processed", "is processed"],
    ["Customer receives the invoice", "Customer receives"],
    ["A clerk looks at my photos", "clerk"],
    ["My data goes to the back office", "back office"],
    ["I get a case handler", "case handler"],
    ["My data is in the CRM", "CRM"],
    ["SAP creates my invoice", "SAP creates"],
    ["The workflow starts", "workflow"],
    ["Escalation to second level", "Escalation"],
    ["Wir prüfen die Unterlagen", "Wir prüfen"],
    ["Wir senden die Police", "Wir senden"],
    ["Dann prüfen wir alles", "prüfen wir"],
    ["Unser Team meldet sich", "Unser Team meldet"],
    ["Der Kunde erhält die Police", "Der Kunde erhält"],
    ["Vorgang wird bearbeitet", "Vorgang"],
    ["Mein Antrag wird vom Innendienst geprüft", "wird vom Innendienst geprüft"],
    ["Der Sachbearbeiter ruft an", "Der Sachbearbeiter ruft"],
    ["Die Schadensachbearbeiterin meldet sich", "Die Schadensachbearbeiterin meldet"],
    ["Meine Daten stehen im Bestandssystem", "Bestandssystem"],
    ["Übermittlung an den Außendienst über das Ticketsystem", "Ticketsystem"],
  ])("finds %j and names %j", expectFound);

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
  ])("leaves the customer's own wording %j alone", expectClean);

  describe("the audit's sentences", () => {
    // Each has the company, its staff, its systems or a department as its subject.
    it.each([
      ["System processes the application", "System processes"],
      ["The claims system processes my data", "The claims system processes"],
      ["system processes", "system processes"],
      ["Das System verarbeitet den Antrag", "Das System verarbeitet"],
      ["Mitarbeiter prüft die Unterlagen", "Mitarbeiter prüft"],
      ["Die Versicherung prüft den Schaden", "Die Versicherung prüft"],
      ["Der Gutachter besichtigt das Auto", "Der Gutachter besichtigt"],
      ["The bank sends me a letter", "The bank sends"],
      ["Staff processes the request", "Staff processes"],
      ["Agent calls customer", "Agent calls"],
    ])("finds %j and names %j", expectFound);

    // Each is worded as the customer, and none uses words only the company's inside knows.
    it.each([
      "Ich frage nach dem Stand meines Vorgangs",
      "Ich warte auf die Regulierung",
      "Wir melden den Schaden gemeinsam",
      "I get a ticket number",
      "I compare the processing fees",
      "I open the app and the system shows my status",
    ])("leaves %j alone", expectClean);
  });

  describe("the company, its staff, its systems and its departments as the subject", () => {
    it.each([
      ["The insurer will call me back", "The insurer will call"],
      ["Our advisor explains the options", "Our advisor explains"],
      ["The assessor visits my house", "The assessor visits"],
      ["Customer service calls me back", "Customer service calls"],
      ["The shop confirms my order", "The shop confirms"],
      ["Agents review the documents", "Agents review"],
      ["The claims department checks the invoice", "The claims department checks"],
      ["The system is processing my payment", "The system is processing"],
      ["The bank usually sends a letter", "The bank usually sends"],
      ["Team updates my address", "Team updates"],
      ["The expert assesses the claim", "The expert assesses"],
      ["Die Bank schickt mir einen Brief", "Die Bank schickt"],
      ["Der Kundenservice ruft mich zurück", "Der Kundenservice ruft"],
      ["Die Schadenabteilung prüft die Rechnung", "Die Schadenabteilung prüft"],
      ["Unsere Beraterin erklärt die Tarife", "Unsere Beraterin erklärt"],
      ["Die zuständige Abteilung entscheidet über den Antrag", "Die zuständige Abteilung entscheidet"],
      ["Die Mitarbeiter prüfen die Unterlagen", "Die Mitarbeiter prüfen"],
      ["Der Sachverständige schätzt den Schaden", "Der Sachverständige schätzt"],
      ["Die Kfz-Versicherung zahlt den Schaden aus", "Die Kfz-Versicherung zahlt"],
      ["Das Team hilft mir sofort", "Das Team hilft"],
      // Found on purpose although a customer might say it: the company is the subject (src/checks/README.md).
      ["Shop opens at 9", "Shop opens"],
      ["My insurance pays the repair", "insurance pays"],
      ["Die Versicherung will noch Unterlagen", "Die Versicherung will"],
    ])("finds %j and names %j", expectFound);

    it.each([
      // Not a subject: the company is an object, a genitive, or the noun is part of another one.
      "Letter from the bank arrives",
      "A letter from the bank confirms my loan",
      "Das Schreiben der Versicherung erklärt alles",
      "Ich bekomme einen Brief von der Versicherung",
      "Termin mit dem Gutachter",
      "Bank transfers overview",
      "Bank details form",
      "Customer service hours",
      // The customer's own to-do, as German titles are written: the infinitive, not the company acting.
      "Versicherung kontaktieren",
      "Mitarbeiter fragen",
      "Unterlagen an die Versicherung schicken",
      "Berater anrufen",
      // Front stage the customer uses, not the company's inside.
      "The app shows my status",
      "Die App zeigt meinen Status",
      "Die Werkstatt repariert mein Auto",
      // A state, not the company acting.
      "The bank is closed",
      "Die Hotline ist ständig besetzt",
      "Der Berater ist sehr nett",
      // A question about the company, in the customer's voice: the subject follows its verb.
      "Will the bank call me back?",
      "Wann meldet sich die Versicherung?",
      "Hoffentlich zahlt die Versicherung",
    ])("leaves %j alone", expectClean);
  });

  describe("a sentence worded as the customer", () => {
    it.each([
      "Ich frage nach dem Stand meines Vorgangs",
      "Ich bekomme eine Vorgangsnummer",
      "Ich warte auf die Antragsbearbeitung",
      "Auf die Regulierung warte ich schon lange",
      "I open a ticket",
      "I wait during processing",
      "I get a ticket number",
      "I pay the processing fee",
      "Wie ist der Stand meines Vorgangs?",
      "Why does processing take so long?",
    ])("may use the company's words for the customer's own case: %j", expectClean);

    it.each([
      "I open the app and the system shows my status",
      "I upload photos, then the assessor calls me",
      "Ich warte, die Versicherung prüft den Schaden",
      "Ich finde, die Bank verlangt zu viel",
      "I wait until my claim is processed",
      "Ich lade z. B. Fotos hoch und der Mitarbeiter prüft sie",
    ])("may go on to what the company does once the customer spoke first: %j", expectClean);

    it.each([
      ["When the bank calls, I answer", "the bank calls"],
      ["I get a letter. The bank checks my income", "The bank checks"],
      ["Ich schicke die Fotos. Die Versicherung prüft sie", "Die Versicherung prüft"],
      ["z. B. die Versicherung prüft", "die Versicherung prüft"],
    ])("does not excuse a company subject before the customer speaks, or in the next sentence: %j", expectFound);

    it.each([
      ["I wait while the clerk checks my papers", "clerk"],
      ["I call the hotline and end up in second level", "second level"],
      ["Ich rufe an und lande im Backoffice", "Backoffice"],
      ["Ich warte, bis der Sachbearbeiter sich meldet", "Sachbearbeiter"],
      ["I get a case handler", "case handler"],
    ])("still finds the company's internal jargon: %j names %j", expectFound);

    it.each([
      ["Ticket is created", "Ticket"],
      ["Processing starts after 3 days", "Processing"],
      ["Regulierung nach Prüfung", "Regulierung"],
      ["Bearbeitung dauert 3 Wochen", "Bearbeitung"],
      ["Ich bekomme eine Vorgangsnummer. Vorgang wird angelegt", "Vorgang"],
    ])("finds those words where the customer is not the subject: %j names %j", expectFound);
  });

  describe("we", () => {
    it.each([
      ["We're processing your claim", "We're processing"],
      ["We forward your claim to the bank", "We forward"],
      ["We send the policy to the customer", "We send"],
      ["We check the bank statements", "We check"],
      ["Wir melden uns bei Ihnen", "Wir melden uns"],
      ["Wir schicken Ihnen die Unterlagen an Ihre Bank", "Wir schicken"],
      ["Wir sind für Sie da, Ihr Vorgang wird bearbeitet", "wird bearbeitet"],
    ])("is the company doing company work: %j names %j", expectFound);

    it.each([
      "Wir melden den Schaden gemeinsam",
      "Wir melden den Schaden",
      "Wir warten auf die Regulierung",
      "We call the hotline",
      "We send the photos to the insurer",
      "Wir rufen die Hotline an",
      "Wir schicken die Fotos an die Versicherung",
      "Wir lassen das Auto in der Werkstatt prüfen",
      "We compare the offers together",
      "We both sign the contract",
      "Mein Mann und ich melden den Schaden",
      "Unser Haus steht unter Wasser",
    ])("is the customer, a family or a couple, in %j", expectClean);
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

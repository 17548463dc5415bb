// inside-out-language: the customer as the object of the company's to-do, and German staff nouns with gender marks.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("inside-out-language: the customer as the object of a company to-do", () => {
  it.each([
    ["Notify customer", "Notify customer"],
    ["Send customers a reminder", "Send customers"],
    ["Verify customer identity", "Verify customer"],
    ["Kunden informieren", "Kunden informieren"],
    ["Kundin per SMS an den Termin erinnern", "Kundin per SMS an den Termin erinnern"],
    ["Kund*innen zurückrufen", "Kund*innen zurückrufen"],
    ["Neukunden gewinnen", "Neukunden gewinnen"],
    ["- Notify customer", "Notify customer"],
    ["Danach: Kunden informieren", "Kunden informieren"],
  ])("finds %j and names %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
    expect(findings(journey({ cards: [card("actions", title)] }), "inside-out-language")).toHaveLength(1);
  });

  it.each([
    "Contact customer service",
    "Email customer care",
    "Open email client",
    "Kundenservice anrufen",
    "Kundennummer angeben",
    "Andere Kunden bewerten den Shop",
    "Ich lese, was andere Kunden schreiben",
    "Do they even help customers like me?",
    "Why don't they call customers back?",
  ])("leaves the customer's own to-do or thought %j alone", (title) => {
    expect(insideOutPhrases(title)).toEqual([]);
  });
});

describe("inside-out-language: German staff written with a gender mark", () => {
  it.each([
    ["Die Mitarbeiter*innen prüfen den Antrag", "Die Mitarbeiter*innen prüfen"],
    ["Die Berater:innen rufen an", "Die Berater:innen rufen"],
    ["Berater_in ruft zurück", "Berater_in ruft"],
  ])("finds %j and names %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
  });
});

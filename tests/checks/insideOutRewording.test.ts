// The rewording inside-out-language suggests is itself correct English and German, strong verbs and reflexives included.
import { suggestRewording } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("suggested rewordings", () => {
  it.each([
    ["Der Kunde spricht mit dem Berater", "Ich spreche mit dem Berater"],
    ["Der Kunde vergisst das Passwort", "Ich vergesse das Passwort"],
    ["Die Kundin verlässt die Filiale", "Ich verlasse die Filiale"],
    ["Der Kunde empfängt die Police", "Ich empfange die Police"],
    ["Der Kunde trägt die Kosten", "Ich trage die Kosten"],
    ["Der Kunde lässt das Auto prüfen", "Ich lasse das Auto prüfen"],
    ["Der Kunde vermisst eine Antwort", "Ich vermisse eine Antwort"],
    ["Der Kunde meldet sich", "Ich melde mich"],
    ["Der Kunde sieht sich das Angebot an", "Ich sehe mir das Angebot an"],
    ["Der Kunde hilft sich selbst", "Ich helfe mir selbst"],
    ["The customer was happy", "I was happy"],
    ["The customer always calls the hotline", "I always call the hotline"],
    ["The customer focuses on the price", "I focus on the price"],
    ["The customer helps himself", "I help myself"],
  ])("rewords %j as %j", (title, suggestion) => {
    expect(suggestRewording(title)).toBe(suggestion);
    const [f] = findings(journey({ cards: [card("actions", title)] }), "inside-out-language");
    expect(f?.suggestion).toBe(suggestion);
  });
});

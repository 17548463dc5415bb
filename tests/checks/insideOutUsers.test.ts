// inside-out-language: the customer as a "user" in the third person is company wording in German as in English
// („Nutzer klickt auf Absenden“ went unflagged while "User clicks the button" was found), and the customer's own
// user story („Als Kunde will ich …“) is not.
import { card, findings, journey } from "./helpers";

const found = (title: string) =>
  findings(journey({ cards: [card("actions", title)], language: "de" }), "inside-out-language");

describe("inside-out-language: users in German", () => {
  it.each([
    ["Nutzer klickt auf Absenden", "Nutzer klickt"],
    ["Der Nutzer klickt auf Absenden", "Der Nutzer klickt"],
    ["Benutzer meldet sich an", "Benutzer meldet"],
    ["Die Nutzerin erhält eine SMS", "Die Nutzerin erhält"],
    ["Anwender wählt einen Tarif", "Anwender wählt"],
  ])("finds „%s“", (title, phrase) => {
    const [f, ...rest] = found(title);
    expect(rest).toEqual([]);
    expect(f?.message).toContain(`„${phrase}“`);
  });

  it.each([
    "Als Kunde will ich schnell zahlen",
    "Als Nutzer will ich schnell zahlen",
    "Die Nutzer-Oberfläche verwirrt mich",
    "Ich bin Nutzerin der App",
    "Andere Nutzer schreiben gute Bewertungen",
  ])("leaves „%s“ alone", (title) => {
    expect(found(title)).toEqual([]);
  });
});

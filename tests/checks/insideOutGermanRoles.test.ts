// inside-out-language: the customer named by the company's role for them without an article („Versicherungsnehmer
// meldet den Schaden“, „Antragstellerin lädt Dokumente hoch“, „Endkunde vergleicht Tarife“) is company wording in
// German as "Policyholder reports the claim" is in English; both went unflagged while „Kunde erhält“ was found.
import { card, findings, journey } from "./helpers";

const found = (title: string, language = "de") =>
  findings(journey({ cards: [card("actions", title)], language }), "inside-out-language");

describe("inside-out-language: the customer's role without an article in German", () => {
  it.each([
    ["Versicherungsnehmer meldet den Schaden", "Versicherungsnehmer meldet"],
    ["Versicherungsnehmerin erhält die Police", "Versicherungsnehmerin erhält"],
    ["Antragsteller füllt das Formular aus", "Antragsteller füllt"],
    ["Antragstellerin lädt Dokumente hoch", "Antragstellerin lädt"],
    ["Endkunde vergleicht Tarife", "Endkunde vergleicht"],
    ["Neukundin bestellt online", "Neukundin bestellt"],
    ["Bestandskunde ruft an", "Bestandskunde ruft"],
  ])("finds „%s“", (title, phrase) => {
    const [f, ...rest] = found(title);
    expect(rest).toEqual([]);
    expect(f?.message).toContain(`„${phrase}“`);
  });

  it("finds the English counterpart the same way", () => {
    expect(found("Policyholder reports the claim", "en")).toHaveLength(1);
  });

  it.each([
    "Als Versicherungsnehmer will ich schnell mein Geld",
    "Als Antragstellerin möchte ich wissen, was fehlt",
    "Ich bin Versicherungsnehmerin und melde den Schaden",
    "Ich melde den Schaden als Versicherungsnehmer",
    "Neukunden-Bonus überzeugt mich",
  ])("leaves „%s“ alone", (title) => {
    expect(found(title)).toEqual([]);
  });
});

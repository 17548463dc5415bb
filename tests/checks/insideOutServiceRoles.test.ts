// inside-out-language: field service, support and sales people doing their work for the customer ("Technician installs
// the router", "Support agent resolves the issue", "Sales rep calls me", „Techniker installiert den Router“, „Kurier
// liefert das Paket“) is the company's side of the moment, in English and German alike; these went unflagged. The
// customer doing the same ("I install the app", „Ich repariere den Zaun“) is not.
import { card, findings, journey } from "./helpers";

const found = (title: string, language: string) =>
  findings(journey({ cards: [card("actions", title)], language }), "inside-out-language");

describe("inside-out-language: service, support and sales people at work", () => {
  it.each([
    ["en", "Technician installs the router", '"Technician installs"'],
    ["en", "Support agent resolves the issue", '"agent resolves"'],
    ["en", "The technician fixes my boiler", '"The technician fixes"'],
    ["en", "Sales rep calls me", '"Sales rep calls"'],
    ["en", "Our reps call back", '"Our reps call"'],
    ["en", "Loan officer approves the loan", '"Loan officer approves"'],
    ["en", "Courier delivers the parcel", '"Courier delivers"'],
    ["de", "Techniker installiert den Router", "„Techniker installiert“"],
    ["de", "Der Support löst das Problem", "„Der Support löst“"],
    ["de", "Die Technikerin repariert die Heizung", "„Die Technikerin repariert“"],
    ["de", "Kurier liefert das Paket", "„Kurier liefert“"],
    ["de", "Der Paketdienst liefert morgen", "„Der Paketdienst liefert“"],
  ])("finds (%s) %s", (language, title, phrase) => {
    const [f, ...rest] = found(title, language);
    expect(rest).toEqual([]);
    expect(f?.message).toContain(phrase);
  });

  it.each([
    ["en", "I install the app"],
    ["en", "I fix my bike myself"],
    ["en", "I resolve to switch banks"],
    ["en", "I wait for the courier"],
    ["en", "I call the loan officer"],
    ["en", "I show the officer my ID"],
    ["de", "Ich installiere die App"],
    ["de", "Ich repariere den Zaun"],
    ["de", "Ich warte auf den Kurier"],
    ["de", "Mit dem Kurier kommt das Paket"],
    ["de", "Der Kurier klingelt zweimal"],
  ])("leaves (%s) %s alone", (language, title) => {
    expect(found(title, language)).toEqual([]);
  });
});

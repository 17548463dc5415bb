// inside-out-language leaves quoted speech alone: a quote is what the customer says or is told, word for word.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("inside-out-language and quotations", () => {
  it.each([
    "„Mein Sachbearbeiter meldet sich nie“",
    "„Wir prüfen das noch“ – das höre ich jedes Mal",
    "»Wir melden uns«, heißt es am Telefon",
    "‚Wir prüfen das‘, sagt die Hotline",
    '"My case handler never calls back"',
    "“We’ll call you back” – they never do",
    "‘We’ll check it’, the agent says",
  ])("leaves the quotation in %j alone", (title) => {
    expect(insideOutPhrases(title)).toEqual([]);
    const j = journey({ cards: [card("thoughts", title)] });
    expect(findings(j, "inside-out-language")).toEqual([]);
  });

  it.each([
    ["We send the “welcome pack”", "We send"],
    ["Der Sachbearbeiter schickt den „Willkommensbrief“", "Der Sachbearbeiter schickt"],
    ["„Unklar“ – wir prüfen den Antrag", "wir prüfen"],
  ])("still finds the company's wording outside the quotation in %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
  });

  it("does not take an unclosed quotation mark or an apostrophe for a quotation", () => {
    expect(insideOutPhrases("„Wir prüfen den Antrag")).toEqual(["Wir prüfen"]);
    expect(insideOutPhrases("We’ll check my papers, it’s quick")).toEqual(["We’ll check"]);
  });
});

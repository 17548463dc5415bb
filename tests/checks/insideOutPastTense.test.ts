// inside-out-language: a we that has done the company's work ("we have checked", „wir haben geprüft“) is the company.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("inside-out-language in the past tense", () => {
  it.each([
    ["We have checked your documents", "We have checked"],
    ["We've sent you the policy", "We've sent"],
    ["We sent you the new card", "We sent"],
    ["We already processed the refund", "We already processed"],
    ["Wir haben Ihren Antrag geprüft", "Wir haben Ihren Antrag geprüft"],
    ["Wir haben das geprüft", "Wir haben das geprüft"],
    ["Dann haben wir die Police verschickt", "haben wir die Police verschickt"],
    ["Sobald wir alles geprüft haben, geht es weiter", "wir alles geprüft haben"],
    ["We've received your claim", "We've received your"],
    ["Wir haben Ihre Unterlagen erhalten", "Wir haben Ihre Unterlagen erhalten"],
  ])("finds %j and names %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
    const j = journey({ cards: [card("touchpoints", title, { channel: "email" })] });
    expect(findings(j, "inside-out-language")).toHaveLength(1);
  });

  it.each([
    "We have received a letter from the bank",
    "We receive a letter from the bank",
    "We called the bank twice",
    "We have sent the photos to the insurer",
    "Wir haben den Schaden gemeldet",
    "Wir haben die Fotos an die Versicherung geschickt",
    "Wir haben einen Brief von der Bank erhalten",
    "Wir haben gemeinsam alles geprüft",
    "We have received the policy",
    "Wir haben die Police erhalten",
    "Wir haben noch keine Antwort erhalten",
  ])("leaves the customer's we in %j alone", (title) => {
    expect(insideOutPhrases(title)).toEqual([]);
  });
});

// inside-out-language: a passive of the company's work (sending, requesting, issuing) in a customer lane.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("inside-out-language and the passive of company work", () => {
  it.each([
    ["Mahnung wird versendet", "wird versendet"],
    ["Unterlagen werden nachgefordert", "werden nachgefordert"],
    ["Die SCHUFA wird abgefragt", "wird abgefragt"],
    ["Die Police wird ausgestellt", "wird ausgestellt"],
    ["Payment is collected", "is collected"],
    ["Reminder is sent", "is sent"],
    ["Policy is issued", "is issued"],
  ])("finds %j and names %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
    expect(
      findings(journey({ cards: [card("touchpoints", title, { channel: "letter" })] }), "inside-out-language"),
    ).toHaveLength(1);
  });

  it.each(["Ich werde angerufen", "I am notified by SMS", "Ich warte, bis die Police ausgestellt wird"])(
    "leaves the customer's sentence %j alone",
    (title) => {
      expect(insideOutPhrases(title)).toEqual([]);
    },
  );
});

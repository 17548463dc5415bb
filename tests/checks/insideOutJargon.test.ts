// inside-out-language: sales, contact-centre and back-office jargon, found wherever it stands.
import { insideOutPhrases } from "../../src/checks";

describe("inside-out-language and internal jargon", () => {
  it.each([
    ["Upsell premium plan", "Upsell"],
    ["Cross-sell home insurance", "Cross-sell"],
    ["Customer churns", "churns"],
    ["I get stuck in the IVR", "IVR"],
    ["Vertrag policieren", "policieren"],
    ["Mahnlauf startet", "Mahnlauf"],
    ["Das Mahnwesen übernimmt", "Mahnwesen"],
    ["Dunkelverarbeitung des Antrags", "Dunkelverarbeitung"],
    ["Leadqualifizierung nach dem Webinar", "Leadqualifizierung"],
    ["Lead-Scoring im Vertrieb", "Lead-Scoring"],
  ])("finds %j and names %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
  });

  it.each([
    "My backlog of emails",
    "Ich kündige meinen Vertrag",
    "I pay the reminder fee",
    "Sales calls lead me nowhere",
  ])("leaves %j alone", (title) => {
    expect(insideOutPhrases(title)).toEqual([]);
  });
});

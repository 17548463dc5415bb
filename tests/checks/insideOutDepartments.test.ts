// inside-out-language: a department as the subject of a card, as teams write their own steps into customer lanes.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("inside-out-language and departments", () => {
  it.each([
    ["Billing sends the invoice", "Billing sends"],
    ["Finance issues the refund", "Finance issues"],
    ["Sales calls the lead", "Sales calls"],
    ["Claims approves the payout", "Claims approves"],
    ["Legal checks the contract", "Legal checks"],
    ["Logistik versendet das Paket", "Logistik versendet"],
    ["Der Versand verschickt die Ware", "Der Versand verschickt"],
    ["Das Marketing schickt mir Werbung", "Das Marketing schickt"],
    ["Der Vertrieb qualifiziert meine Anfrage", "Der Vertrieb qualifiziert"],
  ])("finds %j and names %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
    expect(findings(journey({ cards: [card("actions", title)] }), "inside-out-language")).toHaveLength(1);
  });

  it.each([
    "Sales tax is shown",
    "Legal checks are annoying",
    "Billing address changes",
    "My accounts show the payment",
    "Warehouse sale starts",
    "Finance options help me",
    "Zeltlager buchen",
  ])("leaves %j alone", (title) => {
    expect(insideOutPhrases(title)).toEqual([]);
  });
});

// inside-out-language: a support ticket is the company's word, a ticket the customer buys, prints or shows is not.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";

describe("inside-out-language and tickets", () => {
  it.each([
    "Buy ticket",
    "Book two tickets",
    "Print ticket",
    "Show my ticket at the gate",
    "Ticket machine is broken",
    "Tickets kaufen",
    "Ticket lösen",
    "Ticket am Automaten kaufen",
  ])("leaves the customer's ticket in %j alone", (title) => {
    expect(insideOutPhrases(title)).toEqual([]);
    expect(findings(journey({ cards: [card("actions", title)] }), "inside-out-language")).toEqual([]);
  });

  it.each([
    ["Ticket with high priority", "Ticket"],
    ["Close ticket", "ticket"],
    ["Ticket an den Support", "Ticket"],
  ])("still finds the support ticket in %j", (title, phrase) => {
    expect(insideOutPhrases(title)).toEqual([phrase]);
  });
});

// inside-out-language on a corpus of card texts as workshop participants write them in the customer lanes, English
// and German, across domains: every customer-side text stays clean, every company-side text is found.
import { insideOutPhrases } from "../../src/checks";
import { card, findings, journey } from "./helpers";
import { de, en } from "./insideOutCorpus";

const foundOnCard = (title: string) =>
  findings(journey({ cards: [card("thoughts", title)] }), "inside-out-language").length > 0;

describe.each([
  ["English", en],
  ["German", de],
])("inside-out-language on the %s corpus", (_, corpus) => {
  it("holds at least 150 texts, about half from each side", () => {
    expect(corpus.clean.length + corpus.found.length).toBeGreaterThanOrEqual(150);
    expect(corpus.found.length).toBeGreaterThanOrEqual(75);
    expect(corpus.clean.length).toBeGreaterThanOrEqual(75);
    expect(new Set([...corpus.clean, ...corpus.found]).size).toBe(corpus.clean.length + corpus.found.length);
  });

  it.each(corpus.clean.map((t) => [t]))("leaves the customer's %j alone", (text) => {
    expect(insideOutPhrases(text)).toEqual([]);
    expect(foundOnCard(text)).toBe(false);
  });

  it.each(corpus.found.map((t) => [t]))("finds the company's side in %j", (text) => {
    expect(insideOutPhrases(text)).not.toEqual([]);
    expect(foundOnCard(text)).toBe(true);
  });
});

// A template's measurement points are what a team copies: the question must fit the figure and where it comes from.
import type { Journey, Measurement } from "../../src/doc";
import { TEMPLATES, getTemplate } from "../../src/templates";

const cases = TEMPLATES.flatMap((t) => (["en", "de"] as const).map((language) => [t.id, language] as const));

/** Words that ask for the customer's judgement, which only asking customers can give. */
const OPINION = {
  en: /\b(?:satisf\w*|happy|easy|easily|useful|helpful|clear|confident|sure|well)\b/i,
  de: /(?<!\p{L})(?:zufrieden|einfach|hilfreich|nützlich|verständlich|klar|sicher|gut)(?!\p{L})/iu,
} as const;
const SURVEY = { en: /\bsurvey\b/i, de: /Befragung/ } as const;
const HOW_MANY_DAYS = { en: /\bhow many days\b/i, de: /\bwie viele Tage\b/i } as const;

function measured(journey: Journey): { card: string; m: Measurement }[] {
  return journey.cards.flatMap((c) => (c.measurement ? [{ card: c.title, m: c.measurement }] : []));
}

function load(id: string, language: "en" | "de"): Journey {
  const journey = getTemplate(id, language);
  if (!journey) throw new Error(`no template ${id}`);
  return journey;
}

describe("measurement points in the templates", () => {
  it.each(cases)("%s (%s) asks for an opinion only where customers are surveyed", (id, language) => {
    const wrong = measured(load(id, language))
      .filter(({ m }) => OPINION[language].test(m.question ?? "") && !SURVEY[language].test(m.source ?? ""))
      .map(({ card, m }) => `${card}: "${m.question}" from ${m.source}`);
    expect(wrong).toEqual([]);
  });

  it.each(cases)("%s (%s) asks how many days where the figure is counted in days", (id, language) => {
    const wrong = measured(load(id, language))
      .filter(({ m }) => m.scale === "days" && !HOW_MANY_DAYS[language].test(m.question ?? ""))
      .map(({ card, m }) => `${card}: "${m.question}"`);
    expect(wrong).toEqual([]);
  });
});

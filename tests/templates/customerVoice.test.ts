// The templates show facilitators how a customer lane reads: what I do and where I meet the brand, said by me.
import type { Journey } from "../../src/doc";
import { TEMPLATES, getTemplate } from "../../src/templates";

const cases = TEMPLATES.flatMap((t) => (["en", "de"] as const).map((language) => [t.id, language] as const));
const FIRST_PERSON = { en: /^I /, de: /^Ich / } as const;

function titlesIn(journey: Journey, kind: string): string[] {
  const lanes = new Set(journey.lanes.filter((l) => l.kind === kind).map((l) => l.id));
  return journey.cards.filter((c) => lanes.has(c.laneId)).map((c) => c.title);
}

describe("the customer's voice in the templates", () => {
  it.each(cases)("%s (%s) words every action and touchpoint card as the customer's own I", (id, language) => {
    const journey = getTemplate(id, language);
    if (!journey) throw new Error(`no template ${id}`);
    const cards = [...titlesIn(journey, "actions"), ...titlesIn(journey, "touchpoints")];
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((title) => !FIRST_PERSON[language].test(title))).toEqual([]);
  });
});

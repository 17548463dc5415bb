// A heading on the title page never stands alone at the foot of a page while its text starts on the next one.
import { describe, expect, it } from "vitest";
import { layoutJourney, wordsFor } from "../../src/export";
import { tinyJourney } from "../fixtures/journeys";
import { FIXED_NOW, realMeasurer } from "./helpers";

const words = wordsFor("de");

/** The last text drawn on each page, in drawing order. */
function lastTexts(
  journey: ReturnType<typeof tinyJourney>,
  paper: "a3" | "a4",
  measure: Awaited<ReturnType<typeof realMeasurer>>,
) {
  const layout = layoutJourney(journey, { paper, measure, now: FIXED_NOW });
  return layout.pages
    .filter((p) => p.kind === "title")
    .map((p) => p.items.flatMap((item) => (item.type === "text" ? [item.text] : [])))
    .map((texts) => texts.filter((t) => !/^Seite \d+ von \d+$/.test(t)).at(-1));
}

describe("title page headings", () => {
  it("move to the next page with the text they head", async () => {
    const measure = await realMeasurer();
    const headings = [words.scenario, words.persona, words.health];
    // Scenarios of many lengths: one of them ends page one just where its heading would be left alone.
    for (const paper of ["a4", "a3"] as const)
      for (let count = 40; count <= 400; count += 12) {
        const scenario = Array.from({ length: count }, (_, i) => `Wort${i} Größe`).join(" ");
        const goals = Array.from({ length: 50 }, (_, i) => `Ziel ${i + 1}: ich möchte ohne Ärger verlängern`);
        const journey = tinyJourney({
          language: "de",
          scenario: scenario.repeat(3),
          persona: { name: "Jürgen", segment: "Senioren", goals, expectations: goals },
        });
        for (const last of lastTexts(journey, paper, measure)) expect(headings).not.toContain(last);
      }
  });
});

// A map page's header names the stages it shows: "Stages 1–6 of 30", and for one stage "Stage 1 of 1" or
// "Phase 7 von 7" (it printed "Phasen 1–1 von 1").
import { layoutJourney, type TextItem } from "../../src/export";
import type { Journey } from "../../src/doc";
import { FIXED_NOW } from "./helpers";

const mono = { width: (text: string, size: number) => Array.from(text).length * size * 0.5 };

const journey = (language: string, stages: number): Journey => ({
  id: "j",
  title: "Stufen",
  language,
  stages: Array.from({ length: stages }, (_, i) => ({
    id: `s${i}`,
    name: `Schritt ${i + 1}`,
    customerGoal: "Ich will",
  })),
  lanes: [{ id: "l", name: "Zeile", kind: "actions" }],
  cards: [],
  connections: [],
});

const headers = (j: Journey): string[] =>
  layoutJourney(j, { paper: "a3", measure: mono, now: FIXED_NOW })
    .pages.filter((p) => p.kind === "map")
    .flatMap((p) => p.items.filter((i): i is TextItem => i.type === "text").map((t) => t.text))
    .filter((t) => /^(Stages?|Phasen?) \d/.test(t));

describe("the stage range on a map page", () => {
  it("names one stage in the singular", () => {
    expect(headers(journey("de", 1))).toEqual(["Phase 1 von 1"]);
    expect(headers(journey("en", 1))).toEqual(["Stage 1 of 1"]);
  });

  it("names several stages as a range", () => {
    expect(headers(journey("en", 3))).toEqual(["Stages 1–3 of 3"]);
  });
});

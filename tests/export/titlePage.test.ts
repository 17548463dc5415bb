// The title page prints what the persona says, and no Persona heading over a persona of empty fields.
import { layoutJourney, type TextItem } from "../../src/export";
import type { Journey } from "../../src/doc";
import { FIXED_NOW, realMeasurer } from "./helpers";

async function titleText(persona: Journey["persona"]): Promise<string[]> {
  const journey: Journey = {
    id: "abo",
    title: "Abo kündigen – „sofort“",
    language: "de",
    owner: "Jörg Weiß",
    ...(persona !== undefined ? { persona } : {}),
    stages: [],
    lanes: [],
    cards: [],
    connections: [],
    comments: [],
  };
  const layout = layoutJourney(journey, { paper: "a4", measure: await realMeasurer(), now: FIXED_NOW });
  const first = layout.pages[0]?.items ?? [];
  return first.filter((i): i is TextItem => i.type === "text").map((i) => i.text);
}

describe("the title page's persona", () => {
  it("has no Persona heading when every field of the persona is empty", async () => {
    const lines = await titleText({ name: "", segment: " ", goals: [], expectations: [""] });
    expect(lines).not.toContain("Persona");
    expect(lines).toContain("Zustand");
  });

  it("prints the filled fields and leaves out empty goals and expectations", async () => {
    const lines = await titleText({ name: "Ülla", segment: "", goals: ["", "Schnell fertig"], expectations: [" "] });
    expect(lines).toContain("Persona");
    expect(lines).toContain("Ülla");
    expect(lines).toContain("Ziele: Schnell fertig");
    expect(lines.some((l) => l.startsWith("Segment") || l.startsWith("Erwartungen"))).toBe(false);
  });
});

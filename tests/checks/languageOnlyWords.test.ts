// The language of the checks words the findings and nothing else: the editor words them in the interface
// language, so what is found (rule, target, severity, the customer-view rewording) must be the same in both.
import { runChecks, type Finding } from "../../src/checks";
import type { Journey } from "../../src/doc";
import { generatedJourney, germanJourney } from "../export/journeys";
import { card, connect, journey, touchpoint } from "./helpers";

const found = (j: Journey, language: string) =>
  runChecks(j, { language }).map(({ rule, severity, targetId, targetKind, suggestion }: Finding) => ({
    rule,
    severity,
    targetId,
    targetKind,
    suggestion,
  }));

function mixed(language: string): Journey {
  const web = touchpoint("Wir senden den Vertrag per E-Mail", { channel: "web" });
  const letter = touchpoint("We send the contract by letter", { channel: "letter", stageId: "s2" });
  return journey({
    language,
    stages: [
      { id: "s1", name: "Antrag" },
      { id: "s2", name: "Contract", customerGoal: "I want my contract" },
    ],
    cards: [
      web,
      letter,
      card("actions", "Der Sachbearbeiter prüft den Antrag"),
      card("thoughts", "The system processes my claim", { stageId: "s2" }),
      card("emotions", "Ich warte", { emotion: -2 }),
    ],
    connections: [connect(web, letter)],
  });
}

describe("the language of the checks", () => {
  it.each([
    ["a map that mixes German and English cards, written in English", mixed("en")],
    ["the same map written in German", mixed("de")],
    ["a German map", germanJourney()],
    ["a generated map", generatedJourney(40, 6)],
  ])("finds the same in English and German in %s", (_, j) => {
    const en = found(j, "en");
    expect(en.length).toBeGreaterThan(0);
    expect(found(j, "de")).toEqual(en);
    expect(found(j, "de-CH")).toEqual(en);
  });

  it("words the same findings in English and German", () => {
    const j = mixed("en");
    const en = runChecks(j, { language: "en" });
    const de = runChecks(j, { language: "de" });
    expect(en.filter((f) => f.rule === "inside-out-language")).toHaveLength(4);
    expect(de.map((f) => f.message)).not.toEqual(en.map((f) => f.message));
    expect(de.find((f) => f.rule === "channel-break")?.message).toMatch(/\(Web\).*\(Brief\)/);
    expect(en.find((f) => f.rule === "channel-break")?.message).toMatch(/\(Web\).*\(Letter\)/);
  });
});

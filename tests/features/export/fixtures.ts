// Shared by the export endpoint and browser tests: the shared example map retold in German (umlauts, ß, „ “, –, €)
// and a strict CSV reader, so the tests check the files without trusting the writer's own idea of quoting.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { journeySchema, type Journey } from "../../../src/doc";

export const EXAMPLE_PATH = resolve(import.meta.dirname, "../../../../shared/examples/phone-plan.journey.json");

const TITLE = "Wechsel in einen neuen Handytarif – „ohne Ärger“";
const STAGES: Record<string, string> = {
  st_aware: "Bedarf bemerken",
  st_compare: "Angebote vergleichen",
  st_buy: "Online bestellen",
  st_wait: "Auf die Lieferung warten",
  st_use: "Loslegen",
};
const CARDS: Record<string, string> = {
  cd_1: "Ich suche nach „günstiger Handytarif“",
  cd_2: "Ich sehe eine Anzeige in meinem Social-Feed",
  cd_3: "Neugierig",
  cd_5: "Ich nutze den Tarifberater auf der Website – schnell & übersichtlich",
  cd_8: "Die Gesamtkosten über 24 Monate sind versteckt",
  cd_10: "Ich bestelle und bezahle 19,99 € im Webshop",
  cd_12: "Ich erhalte eine E-Mail zur Sendung",
  cd_15: "Ich aktiviere die SIM in der App – größer geht’s nicht",
};
export const GERMAN_COMMENT = "Die Anzeige der Gesamtkosten muss die Rechtsabteilung prüfen.";

/** The example file as a journey JSON document in German; cards the table does not know keep their titles. */
export function germanExampleFile(): { format: string; version: number; journey: Record<string, unknown> } {
  const file = JSON.parse(readFileSync(EXAMPLE_PATH, "utf8")) as {
    format: string;
    version: number;
    journey: {
      stages: { id: string; name: string }[];
      cards: { id: string; title: string; measurement?: { metric: string; label?: string } }[];
      comments?: { text: string }[];
    } & Record<string, unknown>;
  };
  const j = file.journey;
  for (const stage of j.stages) stage.name = STAGES[stage.id] ?? stage.name;
  for (const card of j.cards) {
    card.title = CARDS[card.id] ?? card.title;
    if (card.measurement?.metric === "custom") card.measurement.label = "Klickrate (Öffnungen je Anzeige)";
  }
  const first = j.comments?.[0];
  if (first) first.text = GERMAN_COMMENT;
  return { ...file, journey: { ...j, title: TITLE, language: "de" } };
}

/** The same document as a validated journey, for computing what the files must hold. */
export function germanExample(): Journey {
  return journeySchema.parse(germanExampleFile().journey);
}

// A small German map for the Find tests: umlauts and ß in titles, a description, a channel and a measurement point.
import type { Journey } from "../../../src/doc";

export function germanJourney(): Journey {
  return {
    id: "j",
    title: "Handytarif",
    language: "de",
    stages: [
      { id: "st_a", name: "Bestellen" },
      { id: "st_b", name: "Auf die Lieferung warten" },
    ],
    lanes: [
      { id: "ln_do", name: "Was ich tue", kind: "actions" },
      { id: "ln_tp", name: "Wo ich der Marke begegne", kind: "touchpoints" },
      { id: "ln_pain", name: "Was mich ärgert", kind: "painPoints" },
    ],
    cards: [
      // Listed out of map order on purpose: stage b's card first, and in stage a the lower lane first.
      {
        id: "c_wait",
        stageId: "st_b",
        laneId: "ln_tp",
        title: "Ich warte auf die Versandbestätigung",
        channel: "email",
      },
      { id: "c_pain", stageId: "st_a", laneId: "ln_pain", title: "Die Größe der SIM ist falsch" },
      { id: "c_do2", stageId: "st_a", laneId: "ln_do", title: "Ich wähle die Grösse der Karte" },
      {
        id: "c_do1",
        stageId: "st_a",
        laneId: "ln_do",
        title: "Ich vergleiche Tarife",
        description: "Übersicht der Groesse",
      },
      {
        id: "c_shop",
        stageId: "st_a",
        laneId: "ln_tp",
        title: "Ich bestelle im Webshop",
        measurement: { metric: "CSAT", question: "Wie zufrieden sind Sie mit der Übersicht?" },
      },
    ],
    connections: [],
  };
}

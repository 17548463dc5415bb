// "Use mine" for a saved text (observed values, or a choice) that a colleague's change at the same moment won over
// (./unseenEdits.ts): the one op that writes mine again into the record as the map holds it now.
import type * as Y from "yjs";
import type { Card, Journey, Measurement } from "../doc";
import { setMeasurement, updateCard, updateConnection, updateLane, updateStage } from "../doc/ops";
import type { KeptText } from "./keptTexts";

/** The op that writes the kept text into its record again; null when the record is gone (or it holds no text). */
export function keptChangeOp(journey: Journey, kept: KeptText): ((doc: Y.Doc) => void) | null {
  const id = kept.targetId;
  const { field, text } = kept;
  switch (kept.putBack.kind) {
    case "stage":
      if (!journey.stages.some((s) => s.id === id)) return null;
      return (doc) => updateStage(doc, id, field === "stage.name" ? { name: text } : { customerGoal: text });
    case "lane":
      if (!journey.lanes.some((l) => l.id === id)) return null;
      return (doc) => updateLane(doc, id, { name: text });
    case "connection":
      if (!journey.connections.some((c) => c.id === id)) return null;
      return (doc) => updateConnection(doc, id, { label: text });
    case "card": {
      const card = journey.cards.find((c) => c.id === id);
      return card === undefined ? null : cardChangeOp(card, kept);
    }
  }
}

function cardChangeOp(card: Card, kept: KeptText): ((doc: Y.Doc) => void) | null {
  const { field, text } = kept;
  const id = card.id;
  const measured = (change: (m: Measurement) => Measurement) => (doc: Y.Doc) =>
    setMeasurement(doc, id, change(card.measurement ?? { metric: "custom" }));
  switch (field) {
    case "title":
    case "description":
    case "owner":
      return (doc) => updateCard(doc, id, { [field]: text });
    case "momentOfTruth.reason":
      return (doc) => updateCard(doc, id, { momentOfTruth: { ...card.momentOfTruth, reason: text } });
    case "signatureInteraction.reason":
      return (doc) => updateCard(doc, id, { signatureInteraction: { ...card.signatureInteraction, reason: text } });
    case "measurement.target":
      return measured((m) => ({ ...m, target: Number(text) }));
    // Choices kept together go only with a deleted card, which goes back whole.
    case "card.choices":
      return null;
    case "channel":
    case "emotion": {
      const choice = kept.choice?.[field];
      return choice === undefined ? null : (doc) => updateCard(doc, id, { [field]: choice });
    }
    // A mark set again keeps the reason the card holds, if any.
    case "momentOfTruth":
    case "signatureInteraction":
      return kept.choice?.[field] ? (doc) => updateCard(doc, id, { [field]: { reason: "", ...card[field] } }) : null;
    case "measurement.metric":
    case "measurement.direction":
    case "measurement.kind": {
      const key = field === "measurement.metric" ? "metric" : field === "measurement.direction" ? "direction" : "kind";
      const choice = kept.choice?.[key];
      return choice === undefined ? null : measured((m) => ({ ...m, [key]: choice }));
    }
    case "measurement.observation":
      return measured((m) => ({ ...m, observations: [...(m.observations ?? []), ...(kept.observations ?? [])] }));
    default: {
      const key = field.slice("measurement.".length);
      return measured((m) => ({ ...m, [key]: text }));
    }
  }
}

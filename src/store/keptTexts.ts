// Text a person was typing into a card that someone else deleted meanwhile: kept on the page (never in the
// document) until they copy it, put it back as a new card, or let it go. Nothing a person typed is lost silently.
import type { Card, CardPatch } from "../doc";

/** The card's text fields a person types into (on the canvas or in the inspector). */
export type KeptField =
  | "title"
  | "description"
  | "owner"
  | "momentOfTruth.reason"
  | "signatureInteraction.reason"
  | "measurement.label"
  | "measurement.question"
  | "measurement.scale"
  | "measurement.source"
  | "measurement.owner"
  | "measurement.frequency";

export interface KeptText {
  /** Grows with every kept text, so the same card's texts stay apart. */
  id: number;
  cardId: string;
  field: KeptField;
  /** What was typed, as typed. */
  text: string;
  /** The new card that puts the text back: in the deleted card's stage and lane, with its title. */
  card: { stageId: string; laneId: string; title: string } & CardPatch;
}

export type NewKeptText = Omit<KeptText, "id">;

/** The i18n key of each field's label, as the inspector shows it. */
export const KEPT_FIELD_LABELS: Record<KeptField, string> = {
  title: "inspector.title",
  description: "inspector.description",
  owner: "inspector.owner",
  "momentOfTruth.reason": "inspector.momentOfTruthReason",
  "signatureInteraction.reason": "inspector.signatureReason",
  "measurement.label": "measurement.label",
  "measurement.question": "measurement.question",
  "measurement.scale": "measurement.scale",
  "measurement.source": "measurement.source",
  "measurement.owner": "measurement.owner",
  "measurement.frequency": "measurement.frequency",
};

/** The card that puts `text` back: the deleted card's title (or the typed one) and the typed field. */
function patchOf(card: Card, field: KeptField, text: string): { title: string } & CardPatch {
  if (field === "title") return { title: text };
  const title = card.title;
  switch (field) {
    case "description":
      return { title, description: text };
    case "owner":
      return { title, owner: text };
    case "momentOfTruth.reason":
      return { title, momentOfTruth: { reason: text } };
    case "signatureInteraction.reason":
      return { title, signatureInteraction: { reason: text } };
    default: {
      const key = field.slice("measurement.".length);
      const measurement = card.measurement ?? { metric: "custom" as const };
      return { title, measurement: { ...measurement, [key]: text } };
    }
  }
}

export function keptTextOf(card: Card, field: KeptField, text: string): NewKeptText {
  return {
    cardId: card.id,
    field,
    text,
    card: { stageId: card.stageId, laneId: card.laneId, ...patchOf(card, field, text) },
  };
}

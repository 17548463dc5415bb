// Text a person was typing into a card, stage, lane or path that someone else deleted meanwhile, or had saved into it
// just before a colleague deleted it without having seen it (./unseenEdits.ts): kept on the page (never in the
// document) until they copy it, put it back as a new one, or let it go. Nothing typed is lost silently.
import type {
  Card,
  CardPatch,
  Channel,
  Connection,
  Journey,
  Lane,
  LaneKind,
  Measurement,
  Observation,
  Stage,
} from "../doc";

/** The card's text fields a person types into (on the canvas or in the inspector). */
export type KeptCardField =
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
  | "measurement.frequency"
  | "measurement.target"
  | "measurement.observation"
  /** The small choices made on a card (channel, emotion, marks), kept together with a card deleted unseen. */
  | "card.choices"
  | KeptChoiceField;

/** One choice of a card, kept alone when a colleague's choice made at the same moment won over mine. */
export type KeptChoiceField =
  | "channel"
  | "emotion"
  | "momentOfTruth"
  | "signatureInteraction"
  | "measurement.metric"
  | "measurement.direction"
  | "measurement.kind";

/** The fields whose typed text is itself the value (a number or an observation is read from it first). */
export type KeptTextField = Exclude<
  KeptCardField,
  "measurement.target" | "measurement.observation" | "card.choices" | KeptChoiceField
>;

/** The small choices a change of mine made on a card: a channel or emotion picked, a mark set. */
export interface CardChoices {
  channel?: Channel;
  emotion?: number;
  momentOfTruth?: true;
  signatureInteraction?: true;
  /** A measurement point's drop-downs (kept alone when a colleague's value at the same moment won over mine). */
  metric?: Measurement["metric"];
  direction?: NonNullable<Measurement["direction"]>;
  kind?: NonNullable<Measurement["kind"]>;
}

export type KeptField = KeptCardField | "stage.name" | "stage.customerGoal" | "lane.name" | "connection.label";

/** What puts the text back: one add op, in the deleted one's place, with its name or title. */
export type PutBack =
  | { kind: "card"; card: { stageId: string; laneId: string; title: string } & CardPatch }
  | { kind: "stage"; stage: { name: string; customerGoal?: string; index?: number } }
  | { kind: "lane"; lane: { name: string; kind: LaneKind; index?: number } }
  /** A path goes back between its two cards, which must both still be there. */
  | { kind: "connection"; connection: { from: string; to: string; label: string } };

/** The kinds of record a kept text belongs to. */
export type KeptKind = PutBack["kind"];

/** The map's records of one kind, where a kept text's record is looked for. */
export const recordsOfKind = (journey: Journey, kind: KeptKind): readonly (Card | Stage | Lane | Connection)[] =>
  kind === "card"
    ? journey.cards
    : kind === "stage"
      ? journey.stages
      : kind === "lane"
        ? journey.lanes
        : journey.connections;

export interface KeptText {
  /** Grows with every kept text, so the same card's texts stay apart. */
  id: number;
  /** The card, stage, lane or connection that was deleted. */
  targetId: string;
  field: KeptField;
  /** What was typed, as typed. */
  text: string;
  putBack: PutBack;
  /**
   * Saved into the record before a colleague's deletion of it could take it into account (./unseenEdits.ts), not
   * typed into a field still open: the notice says that the change went with the record.
   */
  saved?: true;
  /** The observed values kept (field `measurement.observation` of a saved change), to put them back or use them. */
  observations?: Observation[];
  /**
   * Saved into a record that is still there, where a colleague's change made at the same moment (before mine could
   * reach them) won over mine (./unseenEdits.ts): the notice names them (`clientId`, their page's Yjs client id,
   * when known) and offers to use mine instead of theirs.
   */
  lostTo?: { clientId: number | null };
  /**
   * The one choice kept (a field such as `channel` of a lost change): what Use mine writes back; `text` is how the
   * interface words it.
   */
  choice?: CardChoices;
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
  "measurement.target": "measurement.target",
  "measurement.observation": "measurement.observations",
  "card.choices": "keptText.choices",
  channel: "inspector.channel",
  emotion: "inspector.emotion",
  momentOfTruth: "card.momentOfTruth",
  signatureInteraction: "card.signatureInteraction",
  "measurement.metric": "measurement.metric",
  "measurement.direction": "measurement.direction",
  "measurement.kind": "measurement.kind",
  "stage.name": "stage.name",
  "stage.customerGoal": "stage.customerGoal",
  "lane.name": "lane.name",
  "connection.label": "connection.label",
};

/** The card that puts `text` back: the deleted card's title (or the typed one) and the typed field. */
function cardPatchOf(card: Card, field: KeptTextField, text: string): { title: string } & CardPatch {
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

export function keptCardText(card: Card, field: KeptTextField, text: string): NewKeptText {
  const put = { stageId: card.stageId, laneId: card.laneId, ...cardPatchOf(card, field, text) };
  return { targetId: card.id, field, text, putBack: { kind: "card", card: put } };
}

/** The deleted card again, its measurement point changed by `change` (a point is made when it had none). */
function withMeasurement(card: Card, change: (m: Measurement) => Measurement) {
  const measurement = change(card.measurement ?? { metric: "custom" });
  return { stageId: card.stageId, laneId: card.laneId, title: card.title, measurement };
}

/**
 * A target typed as `text`; `target` is the number it reads as (in the interface's language), when it reads as
 * one: the card goes back with it, and otherwise with the target it had (the text stays to copy).
 */
export function keptTargetText(card: Card, text: string, target: number | undefined): NewKeptText {
  const put = withMeasurement(card, (m) => (target === undefined ? m : { ...m, target }));
  return { targetId: card.id, field: "measurement.target", text, putBack: { kind: "card", card: put } };
}

/**
 * An observed value being added, shown as `text` (its date, value and n as typed); `observation` is what it reads
 * as, when it does: the card goes back with it added to its observed values.
 */
export function keptObservationText(card: Card, text: string, observation: Observation | undefined): NewKeptText {
  const put = withMeasurement(card, (m) =>
    observation === undefined ? m : { ...m, observations: [...(m.observations ?? []), observation] },
  );
  return { targetId: card.id, field: "measurement.observation", text, putBack: { kind: "card", card: put } };
}

/** The card's content as this page had it (not its id, place or order), to go back whole. */
function contentOf(card: Card): CardPatch {
  const { description, channel, emotion, owner, momentOfTruth, signatureInteraction, measurement } = card;
  const content: CardPatch = {};
  if (description !== undefined) content.description = description;
  if (channel !== undefined) content.channel = channel;
  if (emotion !== undefined) content.emotion = emotion;
  if (owner !== undefined) content.owner = owner;
  if (momentOfTruth !== undefined) content.momentOfTruth = momentOfTruth;
  if (signatureInteraction !== undefined) content.signatureInteraction = signatureInteraction;
  if (measurement !== undefined) content.measurement = measurement;
  return content;
}

/**
 * A change saved into a card a colleague deleted unseen (./unseenEdits.ts): the card goes back whole, as this page
 * had it with the change, so its channel, emotion, marks and measurement point (observed values too) come back with
 * the text. `observations` are the observed values the change added, when that is what is kept.
 */
export function keptSavedCardText(
  card: Card,
  field: KeptCardField,
  text: string,
  observations?: readonly Observation[],
): NewKeptText {
  const put = { stageId: card.stageId, laneId: card.laneId, title: card.title, ...contentOf(card) };
  return {
    targetId: card.id,
    field,
    text,
    putBack: { kind: "card", card: put },
    ...(observations === undefined ? {} : { observations: [...observations] }),
  };
}

/** Where a stage or lane goes back: where it stood, or last when that is not known. */
const at = (index: number): { index?: number } => (index >= 0 ? { index } : {});

/** A stage's typed name or goal; `index` is where the stage stood, so a new one goes back there. */
export function keptStageText(
  stage: Stage,
  index: number,
  field: "stage.name" | "stage.customerGoal",
  text: string,
): NewKeptText {
  const name = field === "stage.name" ? text : stage.name;
  const customerGoal = field === "stage.customerGoal" ? text : stage.customerGoal;
  const put = { name, ...at(index), ...(customerGoal === undefined ? {} : { customerGoal }) };
  return { targetId: stage.id, field, text, putBack: { kind: "stage", stage: put } };
}

export function keptLaneText(lane: Lane, index: number, text: string): NewKeptText {
  return {
    targetId: lane.id,
    field: "lane.name",
    text,
    putBack: { kind: "lane", lane: { name: text, kind: lane.kind, ...at(index) } },
  };
}

/** A path's typed label: it goes back as the same path (between the same two cards) with that label. */
export function keptConnectionText(connection: Connection, text: string): NewKeptText {
  return {
    targetId: connection.id,
    field: "connection.label",
    text,
    putBack: { kind: "connection", connection: { from: connection.from, to: connection.to, label: text } },
  };
}

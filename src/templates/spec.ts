// The bilingual shape a template is written in: every text as [English, German], one structure for both maps.
import type { Channel, Emotion, LaneKind, Metric, Observation } from "../doc";

/** A text in both languages: [English, German]. */
export type Bi = readonly [en: string, de: string];

export type MeasurementSpec = {
  metric: Metric;
  label?: Bi;
  kind: "performance" | "brand";
  question: Bi;
  scale: string;
  target: number;
  direction: "higher" | "lower";
  source: Bi;
  owner: Bi;
  frequency: Bi;
  observations?: Observation[];
};

export type TouchpointSpec = {
  /** Names the card in the template's customer path. */
  key: string;
  title: Bi;
  channel: Channel;
  measurement: MeasurementSpec;
  owner?: Bi;
  momentOfTruth?: Bi;
  signatureInteraction?: Bi;
};

export type NoteSpec = { title: Bi; description?: Bi };
export type EmotionSpec = { title: Bi; emotion: Emotion };

export type StageSpec = {
  key: string;
  name: Bi;
  goal: Bi;
  actions: NoteSpec[];
  touchpoints: TouchpointSpec[];
  thoughts: NoteSpec[];
  emotions: EmotionSpec[];
  painPoints?: NoteSpec[];
  opportunities?: NoteSpec[];
  backstage: NoteSpec[];
};

export type TemplateSpec = {
  id: string;
  name: Bi;
  description: Bi;
  title: Bi;
  scenario: Bi;
  owner: Bi;
  persona: { name: Bi; segment: Bi; goals: Bi[]; expectations: Bi[] };
  stages: StageSpec[];
  /** Touchpoint keys in the order the customer meets them; consecutive keys become connections. */
  path: string[];
};

export type TemplateLanguage = "en" | "de";

/** Lane kinds in the order of the standard lanes, mapped to the StageSpec field that fills them. */
export const LANE_FIELDS: readonly { kind: LaneKind; field: Exclude<keyof StageSpec, "key" | "name" | "goal"> }[] = [
  { kind: "actions", field: "actions" },
  { kind: "touchpoints", field: "touchpoints" },
  { kind: "thoughts", field: "thoughts" },
  { kind: "emotions", field: "emotions" },
  { kind: "painPoints", field: "painPoints" },
  { kind: "opportunities", field: "opportunities" },
  { kind: "backstage", field: "backstage" },
];

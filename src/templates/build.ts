// Turns a bilingual template spec into a journey (format v1 shape) in one language, with stable ids.
import { STANDARD_LANES, type Card, type Journey, type Lane, type Measurement } from "../doc";
import { LANE_FIELDS, type Bi, type MeasurementSpec, type TemplateLanguage, type TemplateSpec } from "./spec";

const pick = (text: Bi, lang: TemplateLanguage) => (lang === "de" ? text[1] : text[0]);

function measurement(spec: MeasurementSpec, lang: TemplateLanguage): Measurement {
  return {
    metric: spec.metric,
    ...(spec.label ? { label: pick(spec.label, lang) } : {}),
    kind: spec.kind,
    question: pick(spec.question, lang),
    scale: spec.scale,
    target: spec.target,
    direction: spec.direction,
    source: pick(spec.source, lang),
    owner: pick(spec.owner, lang),
    frequency: pick(spec.frequency, lang),
    ...(spec.observations ? { observations: spec.observations.map((o) => ({ ...o })) } : {}),
  };
}

export function buildTemplate(spec: TemplateSpec, lang: TemplateLanguage): Journey {
  const p = (text: Bi) => pick(text, lang);
  const laneId = (kind: string) => `${spec.id}-ln-${kind}`;
  const lanes: Lane[] = STANDARD_LANES.map((l) => ({ id: laneId(l.kind), name: l.name[lang], kind: l.kind }));
  const cards: Card[] = [];
  const idByKey = new Map<string, string>();
  for (const stage of spec.stages) {
    const stageId = `${spec.id}-${stage.key}`;
    for (const { kind, field } of LANE_FIELDS) {
      const specs = stage[field] ?? [];
      specs.forEach((item, order) => {
        const id = `${stageId}-${kind}-${order + 1}`;
        const card: Card = { id, stageId, laneId: laneId(kind), order, title: p(item.title) };
        if ("description" in item && item.description) card.description = p(item.description);
        if ("emotion" in item) card.emotion = item.emotion;
        if ("channel" in item) {
          card.channel = item.channel;
          card.measurement = measurement(item.measurement, lang);
          if (item.owner) card.owner = p(item.owner);
          if (item.momentOfTruth) card.momentOfTruth = { reason: p(item.momentOfTruth) };
          if (item.signatureInteraction) card.signatureInteraction = { reason: p(item.signatureInteraction) };
          idByKey.set(item.key, id);
        }
        cards.push(card);
      });
    }
  }
  const connections = spec.path.slice(1).map((key, i) => {
    const from = idByKey.get(spec.path[i] ?? "");
    const to = idByKey.get(key);
    // A typo in a template's path is a programming error, caught by the template tests.
    if (from === undefined || to === undefined) throw new Error(`Template ${spec.id}: unknown path step near "${key}"`);
    return { id: `${spec.id}-cn-${i + 1}`, from, to };
  });
  return {
    id: `template-${spec.id}-${lang}`,
    title: p(spec.title),
    language: lang,
    scenario: p(spec.scenario),
    owner: p(spec.owner),
    persona: {
      name: p(spec.persona.name),
      segment: p(spec.persona.segment),
      goals: spec.persona.goals.map(p),
      expectations: spec.persona.expectations.map(p),
    },
    stages: spec.stages.map((s) => ({ id: `${spec.id}-${s.key}`, name: p(s.name), customerGoal: p(s.goal) })),
    lanes,
    cards,
    connections,
  };
}

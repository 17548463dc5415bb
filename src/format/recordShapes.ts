// The records of a journey file, each with its own fields in the order the format lists them and the records it
// holds under some of them (one, or a list). Read by the export's field order, the depth check of unknown fields and
// the reading order of problems, so the three agree on what the format's own fields are.
import {
  anchorSchema,
  cardSchema,
  commentSchema,
  connectionSchema,
  journeySchema,
  laneSchema,
  measurementSchema,
  observationSchema,
  personaSchema,
  replySchema,
  stageSchema,
} from "../doc";

export interface RecordShape {
  /** The format's own fields, in its order. */
  keys: readonly string[];
  known: ReadonlySet<string>;
  /** Fields holding one record. */
  one?: Readonly<Record<string, RecordShape>>;
  /** Fields holding a list of records. */
  many?: Readonly<Record<string, RecordShape>>;
}

function shape(
  keys: readonly string[],
  nested: { one?: Record<string, RecordShape>; many?: Record<string, RecordShape> } = {},
): RecordShape {
  return { keys, known: new Set(keys), ...nested };
}
const of = (schema: { shape: object }, nested?: Parameters<typeof shape>[1]) =>
  shape(Object.keys(schema.shape), nested);

const REASON = shape(["reason"]);
const MEASUREMENT = of(measurementSchema, { many: { observations: of(observationSchema) } });
const CARD = of(cardSchema, { one: { momentOfTruth: REASON, signatureInteraction: REASON, measurement: MEASUREMENT } });
const COMMENT = of(commentSchema, { one: { anchor: of(anchorSchema) }, many: { replies: of(replySchema) } });

export const JOURNEY_SHAPE = of(journeySchema, {
  one: { persona: of(personaSchema) },
  many: {
    stages: of(stageSchema),
    lanes: of(laneSchema),
    cards: CARD,
    connections: of(connectionSchema),
    comments: COMMENT,
  },
});

/** The file around the journey: every other top-level field is the file's own unknown field. */
export const FILE_SHAPE = shape(["format", "version", "exportedAt", "journey"], { one: { journey: JOURNEY_SHAPE } });

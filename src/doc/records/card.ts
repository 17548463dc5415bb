// A card: one thing in one cell (stage x lane), worded from the customer's view.
import { z } from "zod";
import { MAX, idSchema, requiredName, text } from "./limits";
import { measurementSchema } from "./measurement";
import { rule } from "./rules";

export type CardId = string;

export const CHANNELS = [
  "web",
  "app",
  "email",
  "phone",
  "chat",
  "branch",
  "letter",
  "social",
  "field",
  "kiosk",
  "partner",
  "other",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EMOTIONS = [-2, -1, 0, 1, 2] as const;
export type Emotion = (typeof EMOTIONS)[number];

const reasonSchema = z.looseObject({ reason: text(MAX.text) });

export const cardSchema = z.looseObject({
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  order: z.number().refine(Number.isFinite, rule("finiteNumber")).optional(),
  title: requiredName(MAX.title),
  description: text(MAX.longText).optional(),
  channel: z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(", ")}` }).optional(),
  emotion: z
    .number()
    .refine((n) => Number.isInteger(n) && n >= -2 && n <= 2, rule("emotion"))
    .optional(),
  owner: text(MAX.name).optional(),
  momentOfTruth: reasonSchema.optional(),
  signatureInteraction: reasonSchema.optional(),
  measurement: measurementSchema.optional(),
});

export type Card = z.infer<typeof cardSchema>;

/** The fields a user may change on a card (not its id, place or order). */
export type CardPatch = Partial<Omit<Card, "id" | "stageId" | "laneId" | "order">>;

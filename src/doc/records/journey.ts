// The journey: the map as a whole, with its persona and its ordered stages, lanes, cards and path.
import { z } from "zod";
import { MAX, boundedText, idSchema, requiredName, text } from "./limits";
import { isLanguageTag } from "./language";
import { rule } from "./rules";
import { stageSchema } from "./stage";
import { laneSchema } from "./lane";
import { cardSchema } from "./card";
import { connectionSchema } from "./connection";
import { commentSchema } from "./comment";

export const personaSchema = z.looseObject({
  name: text(MAX.name).optional(),
  segment: text(MAX.name).optional(),
  goals: z.array(text(MAX.text)).max(MAX.items).optional(),
  expectations: z.array(text(MAX.text)).max(MAX.items).optional(),
});
export type Persona = z.infer<typeof personaSchema>;

export const journeyFieldsSchema = z.looseObject({
  id: idSchema,
  title: requiredName(MAX.title),
  language: boundedText(MAX.language).refine(isLanguageTag, rule("languageTag")).optional(),
  scenario: text(MAX.longText).optional(),
  owner: text(MAX.name).optional(),
  persona: personaSchema.optional(),
});

export const journeySchema = journeyFieldsSchema.extend({
  stages: z.array(stageSchema).max(500),
  lanes: z.array(laneSchema).max(100),
  cards: z.array(cardSchema).max(MAX.cards),
  connections: z.array(connectionSchema).max(MAX.cards * 2),
  comments: z.array(commentSchema).max(MAX.cards).optional(),
});

export type Journey = z.infer<typeof journeySchema>;
/** The journey-level fields a user may edit. */
export type JourneyFields = Omit<JourneyMeta, "id">;
/** The journey without its collections. */
export type JourneyMeta = z.infer<typeof journeyFieldsSchema>;

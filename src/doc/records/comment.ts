// A comment thread anchored on the map, a stage, a lane or a card; replies are flat.
import { z } from "zod";
import { dateTimeSchema } from "./dates";
import { MAX, idSchema, requiredText, text } from "./limits";

export const ANCHOR_KINDS = ["map", "stage", "lane", "card"] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];
export const ROLES = ["owner", "editor", "commenter", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const anchorSchema = z.looseObject({
  kind: z.enum(ANCHOR_KINDS, { error: `must be one of ${ANCHOR_KINDS.join(", ")}` }),
  id: idSchema.optional(),
  /** The title the target had when the comment was written, kept so a thread on a deleted card stays readable. */
  quote: text(MAX.title).optional(),
});
export type Anchor = z.infer<typeof anchorSchema>;

const isoDate = dateTimeSchema;

export const replySchema = z.looseObject({
  id: idSchema,
  author: requiredText(MAX.short),
  role: z.enum(ROLES).optional(),
  text: requiredText(MAX.longText),
  createdAt: isoDate,
  editedAt: isoDate.optional(),
});
export type Reply = z.infer<typeof replySchema>;

export const commentSchema = z.looseObject({
  id: idSchema,
  anchor: anchorSchema,
  author: requiredText(MAX.short),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }).optional(),
  text: requiredText(MAX.longText),
  createdAt: isoDate,
  editedAt: isoDate.optional(),
  resolved: z.boolean(),
  replies: z.array(replySchema).max(1000),
});
export type Comment = z.infer<typeof commentSchema>;

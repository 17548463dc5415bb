// A lane: one row of the map; its kind says what the row holds (and which checks apply to it).
import { z } from "zod";
import { MAX, idSchema, requiredName } from "./limits";

export type LaneId = string;

export const LANE_KINDS = [
  "actions",
  "touchpoints",
  "thoughts",
  "emotions",
  "painPoints",
  "opportunities",
  "backstage",
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

/** Lanes the customer sees: cards here must be worded from the customer's view. */
export const CUSTOMER_LANE_KINDS: readonly LaneKind[] = ["actions", "touchpoints", "thoughts", "emotions"];

export const laneSchema = z.looseObject({
  id: idSchema,
  name: requiredName(MAX.name),
  kind: z.enum(LANE_KINDS, { error: `must be one of ${LANE_KINDS.join(", ")}` }),
});

export type Lane = z.infer<typeof laneSchema>;

export const STANDARD_LANES: readonly { kind: LaneKind; name: { en: string; de: string } }[] = [
  { kind: "actions", name: { en: "What I do", de: "Was ich tue" } },
  { kind: "touchpoints", name: { en: "Where I meet the brand", de: "Wo ich die Marke erlebe" } },
  { kind: "thoughts", name: { en: "What I think", de: "Was ich denke" } },
  { kind: "emotions", name: { en: "How I feel", de: "Wie ich mich fühle" } },
  { kind: "painPoints", name: { en: "What hurts", de: "Was mich stört" } },
  { kind: "opportunities", name: { en: "Opportunities", de: "Chancen" } },
  { kind: "backstage", name: { en: "Behind the scenes", de: "Hinter den Kulissen" } },
];

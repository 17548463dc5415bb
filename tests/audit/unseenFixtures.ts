// The journey files written for the audit (tests/fixtures/unseen): their names, paths and parsed contents.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Each audit file with what validate says of it: stages, lanes, cards. */
export const UNSEEN = {
  "motor-claim-measured.de.journey.json": { stages: 5, lanes: 7, cards: 20 },
  "b2b-onboarding-12-stages.en.journey.json": { stages: 12, lanes: 7, cards: 66 },
  "one-stage-one-card.journey.json": { stages: 1, lanes: 1, cards: 1 },
  "no-optional-fields.journey.json": { stages: 3, lanes: 3, cards: 4 },
  "limits.de.journey.json": { stages: 1, lanes: 1, cards: 2 },
  "unicode-rtl.journey.json": { stages: 3, lanes: 3, cards: 9 },
  "many-connections.en.journey.json": { stages: 4, lanes: 2, cards: 14 },
  "every-rule.en.journey.json": { stages: 4, lanes: 5, cards: 14 },
  "every-rule.de.journey.json": { stages: 2, lanes: 5, cards: 13 },
} as const;

export type UnseenName = keyof typeof UNSEEN;
export const UNSEEN_NAMES = Object.keys(UNSEEN) as UnseenName[];

export const unseenPath = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/unseen/${name}`, import.meta.url));

export const unseenText = (name: string): string => readFileSync(unseenPath(name), "utf8");

export type JsonObject = Record<string, unknown>;

/** A fresh parsed copy of the file, to change without touching the others. */
export const unseenValue = (name: string): JsonObject => JSON.parse(unseenText(name)) as JsonObject;

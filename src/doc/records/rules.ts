// The sentences of rules a record schema words itself. Each refinement also carries its rule's key as a zod
// parameter, so a reader can say the same rule in another language (the importer's German wording keys on it).
export const RULES = {
  finiteNumber: "must be a finite number",
  emotion: "must be a whole number from -2 to 2",
  idCharacters: "may only hold letters, digits and _ . : -",
  isoDateTime: "must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z",
  calendarDate: "must be a real date written YYYY-MM-DD",
  languageTag: "must be a BCP 47 language tag such as en, de or de-CH",
} as const;

export type RuleKey = keyof typeof RULES;

/** A refinement's error: the English sentence, and the rule's key for other languages. */
export const rule = (key: RuleKey) => ({ error: RULES[key], params: { rule: key } });

// Every sentence the importer says, as one table per language: English for the command line, the HTTP API and
// scripts (byte for byte as it always was), German for a German interface. Paths and field names stay as written.
import type { z } from "zod";
import { english } from "./english";
import { german } from "./german";

export const MESSAGE_LANGUAGES = ["en", "de"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** How a reader of journey files words its refusals; English unless told otherwise. */
export type ReadOptions = { language?: MessageLanguage };

/** Why a text is not JSON; `found` is one character as the scanner shows it (itself, or \uXXXX when invisible). */
export type JsonReasons = {
  badUnicodeEscape: string;
  badEscape: (found: string | undefined) => string;
  controlCharacter: (found: string) => string;
  unclosedString: string;
  badNumber: string;
  singleQuotedString: string;
  comment: string;
  missingValue: (before: string) => string;
  bareWord: (word: string) => string;
  unexpected: (found: string) => string;
  noValue: string;
  unclosed: string;
  trailingText: string;
  trailingCommaInObject: string;
  trailingCommaInArray: string;
  singleQuotedName: string;
  /** A typographic quote („ “ ” ‘ ’ « ») where JSON needs a straight double quote, as a word processor writes it. */
  typographicQuote: (found: string) => string;
  nameExpected: (found: string) => string;
  colonExpected: (found: string) => string;
  commaExpected: (close: "}" | "]", found: string) => string;
};

/** A refusal of the file as a whole, with the one line it names at a path (if any). */
export type Refusal = { error: string; issue: string };

export type Wording = {
  json: JsonReasons;
  tooLarge: string;
  empty: string;
  tooDeep: string;
  notJson: (at?: { line: number; column: number }, reason?: string) => string;
  utf16: string;
  notUtf8: (line: number, column: number) => string;
  notAnObject: string;
  wrongFormat: (format: string) => Refusal;
  /** What to do with a journey written without the file around it (stages, lanes and cards at the top). */
  bareJourney: (format: string, version: number) => string;
  noVersion: Refusal;
  newerVersion: (version: number, current: number) => Refusal;
  problems: (count: number) => string;
  required: string;
  /** A required field that is missing, where the record has a field of the same name in another case. */
  requiredFoundAs: (found: string) => string;
  notValid: string;
  duplicateId: (id: string, first: string) => string;
  /** `idOf`: the id is one of another kind of record (a lane's id where a stage's belongs). */
  unknownReference: (kind: "stage" | "lane" | "card", id: string, idOf?: "stage" | "lane" | "card") => string;
  emotionRequired: string;
  /** A connection whose `to` is its own `from`: a step that goes nowhere on the customer's path. */
  selfConnection: string;
  /** A connection with the same `from` and `to` as the one at `first`, named by its cards' titles. */
  samePath: (first: string, from: string, to: string) => string;
  anchorIdForbidden: string;
  anchorIdRequired: (kind: "stage" | "lane" | "card") => string;
  /** A comment's or a reply's id that is "." or "..", a step in an address rather than a name in it. */
  dotsId: (id: string) => string;
  /** An unknown field whose value nests more than `max` objects and arrays, deeper than a map keeps one. */
  nestedTooDeep: (max: number) => string;
  /** The message of a zod issue, found by a parse with the English error map and `reportInput`. */
  issue: (issue: z.core.$ZodIssue) => string;
};

export const wordingFor = (options: ReadOptions = {}): Wording => (options.language === "de" ? german : english);

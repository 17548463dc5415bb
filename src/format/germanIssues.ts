// Zod issues in German, worded from each issue's code and parameters (never from its English message): the
// German counterpart of messages.ts and of the rules the record schemas word themselves (doc/records/rules.ts).
import type { z } from "zod";
import type { RuleKey } from "../doc/records/rules";

type Issue = z.core.$ZodIssue;

const RULES: Record<RuleKey, string> = {
  finiteNumber: "muss eine endliche Zahl sein",
  emotion: "muss eine ganze Zahl von -2 bis 2 sein",
  idCharacters: "darf nur Buchstaben, Ziffern und _ . : - enthalten",
  isoDateTime: "muss ein Zeitpunkt nach ISO 8601 sein, etwa 2026-11-22T10:00:00.000Z",
  calendarDate: "muss ein echtes Datum in der Form JJJJ-MM-TT sein",
  languageTag: "muss ein Sprach-Tag nach BCP 47 sein, etwa en, de oder de-CH",
};

const isRule = (key: unknown): key is RuleKey => typeof key === "string" && Object.hasOwn(RULES, key);
// Values and field names as the file writes them, quoted the German way: „performance“, „-2“.
const shown = (v: unknown): string => `„${typeof v === "string" ? v : (JSON.stringify(v) ?? String(v))}“`;
const count = (n: number | bigint, one: string, many: string) => `${String(n)} ${n === 1 || n === 1n ? one : many}`;

const TYPES: Record<string, string> = {
  string: "muss Text sein",
  int: "muss eine ganze Zahl sein",
  boolean: "muss true oder false sein",
  object: "muss ein Objekt sein",
  array: "muss eine Liste sein",
};

function wrongType(expected: string, input: unknown): string {
  // JSON has no Infinity or NaN, but 1e999 reads as Infinity.
  if (expected === "number") return typeof input === "number" ? "muss eine endliche Zahl sein" : "muss eine Zahl sein";
  return TYPES[expected] ?? `muss vom Typ ${expected} sein`;
}

function tooBig(origin: string, maximum: number | bigint, inclusive: boolean): string {
  switch (origin) {
    case "string":
      return `darf höchstens ${count(maximum, "Zeichen", "Zeichen")} haben`;
    case "array":
    case "set":
      return `darf höchstens ${count(maximum, "Eintrag", "Einträge")} enthalten`;
    default:
      return inclusive ? `darf höchstens ${String(maximum)} sein` : `muss kleiner als ${String(maximum)} sein`;
  }
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean): string {
  switch (origin) {
    case "string":
      return minimum === 1 ? "darf nicht leer sein" : `muss mindestens ${count(minimum, "Zeichen", "Zeichen")} haben`;
    case "array":
    case "set":
      return `muss mindestens ${count(minimum, "Eintrag", "Einträge")} enthalten`;
    default:
      if (inclusive && minimum === 0) return "darf nicht negativ sein";
      return inclusive ? `muss mindestens ${String(minimum)} sein` : `muss größer als ${String(minimum)} sein`;
  }
}

function oneOf(values: readonly unknown[]): string {
  const [first, second] = values.map(shown);
  if (values.length === 1) return `muss ${first} sein`;
  if (values.length === 2) return `muss ${first} oder ${second} sein`;
  return `muss einer dieser Werte sein: ${values.map(shown).join(", ")}`;
}

/** A zod issue in German; `input` is there when the parse ran with `reportInput`. */
export function germanIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return wrongType(issue.expected, issue.input);
    case "too_big":
      return tooBig(issue.origin, issue.maximum, issue.inclusive ?? true);
    case "too_small":
      return tooSmall(issue.origin, issue.minimum, issue.inclusive ?? true);
    case "invalid_value":
      return oneOf(issue.values);
    case "invalid_format":
      return "ist nicht so geschrieben, wie dieses Feld es verlangt";
    case "not_multiple_of":
      return `muss ein Vielfaches von ${String(issue.divisor)} sein`;
    case "unrecognized_keys":
      return `hat Felder, die es nicht haben darf: ${issue.keys.map(shown).join(", ")}`;
    case "invalid_union":
      return "passt zu keiner der Formen, die dieses Feld haben darf";
    case "invalid_key":
    case "invalid_element":
      return "enthält einen Wert, den es nicht enthalten darf";
    case "custom": {
      const rule: unknown = issue.params?.["rule"];
      return isRule(rule) ? RULES[rule] : "ist hier nicht gültig";
    }
    default:
      return "ist hier nicht gültig";
  }
}

// Where a value is refused but written the way a person writes it in a letter or a spreadsheet (4,5 for 4.5, a
// number in quotes, 01.11.2026 for 2026-11-01, "Web" or "E-Mail" for web and email, "Deutsch" for de), how the
// file writes it.
import type { z } from "zod";
import { isCalendarDate, isIsoDateTime } from "../doc/records/dates";
import { tagOfLanguageName } from "../doc/records/languageNames";
import { isIdCharacter } from "../doc/records/limits";

export type Hint =
  /** A number written as text: `written` is the number as JSON writes it; `comma` when it had a decimal comma. */
  | { kind: "number"; written: string; comma: boolean }
  /** A German date (day.month.year), or year, month and day with slashes or without leading zeros (2026/11/1), where the file takes YYYY-MM-DD. */
  | { kind: "date"; written: string; iso: string }
  /** true or false written as text ("false", "True"): `written` is it as JSON writes it. */
  | { kind: "boolean"; written: "true" | "false" }
  /** A date, or a date and time, without its time zone (German or ISO) where the file takes one in UTC. */
  | { kind: "dateTime"; written: string; iso: string }
  /** One of the allowed values, written in another case or with spaces or dashes. */
  | { kind: "spelling"; written: string; meant: string }
  /** Not an allowed value, but one a letter or a plural away from one, or a word people use for it ("Telefon"). */
  | { kind: "meant"; written: string; meant: string }
  /** A language written by its name ("German", "Deutsch") where the file takes its tag. */
  | { kind: "language"; written: string; tag: string }
  /** A whole number where the file takes an id (one a database counted, 10): `written` is it as text, in quotes. */
  | { kind: "quoted"; written: string }
  /** An id with a character ids cannot hold (a space, ü, #, /): the first such character. */
  | { kind: "idCharacter"; found: string };

const NUMBER_TEXT = /^\s*([+-]?\d+)(?:([.,])(\d+))?\s*$/;
const GERMAN_DATE = /^\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\s*$/;
/** 2026/11/01, 2026-11-1, 2026.11.01: year first, but with slashes, dots or a missing leading zero. */
const YEAR_FIRST_DATE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/;
/** 01.11.2026, 01.11.2026 14:30, 1.11.2026, 14:30 Uhr; or 2026-11-01, 2026-11-01 14:30:05, 2026-11-01T14:30. */
const GERMAN_DATE_TIME =
  /^\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?\s*$/i;
const ISO_WITHOUT_ZONE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*$/;

const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, "");
const pad = (n: string): string => n.padStart(2, "0");

function numberHint(input: unknown, whole: boolean): Hint | undefined {
  if (typeof input !== "string") return undefined;
  const m = NUMBER_TEXT.exec(input);
  if (!m) return undefined;
  const [, int = "", separator, fraction] = m;
  if (whole && fraction !== undefined) return undefined;
  const written = String(Number(fraction === undefined ? int : `${int}.${fraction}`));
  return { kind: "number", written, comma: separator === "," };
}

function dateHint(input: unknown): Hint | undefined {
  if (typeof input !== "string") return undefined;
  const german = GERMAN_DATE.exec(input);
  const yearFirst = YEAR_FIRST_DATE.exec(input);
  const [year, month, day] = german ? [german[3], german[2], german[1]] : yearFirst ? yearFirst.slice(1, 4) : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(iso) ? { kind: "date", written: input.trim(), iso } : undefined;
}

function booleanHint(input: unknown): Hint | undefined {
  if (typeof input !== "string") return undefined;
  const word = input.trim().toLowerCase();
  return word === "true" || word === "false" ? { kind: "boolean", written: word } : undefined;
}

/** A point in time written as people write it, without a zone: the same day and time in UTC, as the file takes it. */
function dateTimeHint(input: unknown): Hint | undefined {
  if (typeof input !== "string") return undefined;
  const german = GERMAN_DATE_TIME.exec(input);
  const iso = ISO_WITHOUT_ZONE.exec(input);
  const [year, month, day, hour, minute, second] = german
    ? [german[3], german[2], german[1], german[4], german[5], german[6]]
    : iso
      ? iso.slice(1, 7)
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = `${pad(hour ?? "0")}:${pad(minute ?? "0")}:${pad(second ?? "0")}`;
  const meant = `${year}-${pad(month)}-${pad(day)}T${time}Z`;
  return isIsoDateTime(meant) ? { kind: "dateTime", written: input.trim(), iso: meant } : undefined;
}

/**
 * Words people write for an allowed value, squashed (lower case, no spaces, dashes or underscores): channels,
 * lane kinds, metrics and directions in English and German. One applies only where its value is allowed.
 */
const WORDS_FOR: Readonly<Record<string, string>> = {
  ...wordsFor("web", "website", "webseite", "online", "internet", "portal", "onlineportal", "homepage"),
  ...wordsFor("app", "mobileapp", "smartphone", "handy"),
  ...wordsFor("email", "mail", "emails", "newsletter"),
  ...wordsFor("phone", "telephone", "telefon", "call", "anruf", "hotline", "callcenter", "servicehotline"),
  ...wordsFor("chat", "livechat", "chatbot", "whatsapp", "messenger"),
  ...wordsFor("branch", "filiale", "store", "shop", "geschäft", "geschaeft", "laden", "branchoffice"),
  ...wordsFor("letter", "brief", "post", "mailing", "postal"),
  ...wordsFor("social", "socialmedia"),
  ...wordsFor("field", "fieldservice", "außendienst", "aussendienst", "vorort", "onsite", "techniker"),
  ...wordsFor("kiosk", "terminal", "automat"),
  ...wordsFor("partner", "händler", "haendler", "dealer", "reseller", "makler", "broker"),
  ...wordsFor("other", "andere", "anderer", "sonstige", "sonstiges"),
  ...wordsFor("actions", "doing", "aktionen", "handlungen", "wasichtue", "tun"),
  ...wordsFor("touchpoints", "kontaktpunkte", "berührungspunkte", "beruehrungspunkte", "channels", "kanäle"),
  ...wordsFor("thoughts", "thinking", "gedanken", "denken"),
  ...wordsFor("emotions", "feelings", "emotionen", "gefühle", "gefuehle", "emotioncurve", "emotionskurve"),
  ...wordsFor("painPoints", "pains", "problems", "schmerzpunkte", "probleme", "ärgernisse"),
  ...wordsFor("opportunities", "ideas", "chancen", "möglichkeiten", "moeglichkeiten", "ideen"),
  ...wordsFor("backstage", "backoffice", "behindthescenes", "hinterdenkulissen", "intern", "internal"),
  ...wordsFor("CSAT", "customersatisfaction", "kundenzufriedenheit", "zufriedenheit"),
  ...wordsFor("CES", "customereffortscore", "effort", "aufwand"),
  ...wordsFor("NPS", "netpromoterscore", "weiterempfehlung"),
  ...wordsFor("higher", "up", "höher", "hoeher", "higherisbetter", "mehr"),
  ...wordsFor("lower", "down", "niedriger", "lowerisbetter", "weniger"),
};

function wordsFor(value: string, ...words: string[]): Record<string, string> {
  return Object.fromEntries(words.map((w) => [w, value]));
}

/** How many letters must change, go or come to make one word of the other (Levenshtein). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(next[j - 1]! + 1, row[j]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The allowed value `input` is when case, spaces, dashes and underscores are set aside. */
export function spellingHint(input: unknown, values: readonly unknown[]): Hint | undefined {
  if (typeof input !== "string" || squash(input) === "") return undefined;
  const meant = values.find((v): v is string => typeof v === "string" && squash(v) === squash(input));
  return meant === undefined ? meantHint(input, values) : { kind: "spelling", written: input, meant };
}

/**
 * The allowed value `input` most likely means: a word people use for it, its plural ("touchpoint",
 * "opportunity"), or the one value a letter away (two in a word of nine or more letters). Nothing when that is
 * not plain ("planet" is two letters from "lane", too far to guess).
 */
function meantHint(input: string, values: readonly unknown[]): Hint | undefined {
  const allowed = values.filter((v): v is string => typeof v === "string");
  const written = squash(input);
  const word = WORDS_FOR[written];
  const byWord = word !== undefined && allowed.includes(word) ? word : undefined;
  const plural = (v: string) => {
    const s = squash(v);
    return s === `${written}s` || s === `${written}es` || s === written.replace(/y$/, "ies");
  };
  const slips = written.length >= 9 ? 2 : written.length >= 4 ? 1 : 0;
  const near = slips === 0 ? [] : allowed.filter((v) => editDistance(squash(v), written) <= slips);
  const meant = byWord ?? allowed.find(plural) ?? (near.length === 1 ? near[0] : undefined);
  return meant === undefined ? undefined : { kind: "meant", written: input, meant };
}

function languageHint(input: unknown): Hint | undefined {
  if (typeof input !== "string") return undefined;
  const tag = tagOfLanguageName(input);
  return tag === undefined ? undefined : { kind: "language", written: input, tag };
}

/** Fields that hold an id or point at one: a whole number there is an id a database counted, meant as text. */
const ID_FIELDS: ReadonlySet<PropertyKey> = new Set(["id", "stageId", "laneId", "from", "to"]);
const isIdField = (path: readonly PropertyKey[]): boolean => ID_FIELDS.has(path.at(-1) ?? "");

/** A character written as JSON's \u escapes (two for one beyond the first 65536). */
const jsonEscaped = (ch: string): string =>
  Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");

/**
 * The first character of an id that ids cannot hold (they take letters and digits of any script and _ . : -); one
 * that shows nothing or breaks the line (a tab, a zero-width space) as JSON escapes it, so the problem stays one line.
 */
function idCharacterHint(input: unknown): Hint | undefined {
  if (typeof input !== "string") return undefined;
  const found = [...input].find((ch) => !isIdCharacter(ch));
  if (found === undefined) return undefined;
  return { kind: "idCharacter", found: found !== " " && /^[\p{C}\p{Z}]$/u.test(found) ? jsonEscaped(found) : found };
}

/** How the file would write the value a zod issue refuses, when that is plain; `input` needs `reportInput`. */
export function hintFor(issue: z.core.$ZodIssue): Hint | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "number" || issue.expected === "int") {
        return numberHint(issue.input, issue.expected === "int");
      }
      if (issue.expected === "boolean") return booleanHint(issue.input);
      if (issue.expected === "string" && isIdField(issue.path) && Number.isSafeInteger(issue.input)) {
        return { kind: "quoted", written: JSON.stringify(String(issue.input)) };
      }
      return undefined;
    case "invalid_value":
      return spellingHint(issue.input, issue.values);
    case "custom":
      if (issue.params?.["rule"] === "calendarDate") return dateHint(issue.input);
      if (issue.params?.["rule"] === "isoDateTime") return dateTimeHint(issue.input);
      if (issue.params?.["rule"] === "idCharacters") return idCharacterHint(issue.input);
      return issue.params?.["rule"] === "languageTag" ? languageHint(issue.input) : undefined;
    default:
      return undefined;
  }
}

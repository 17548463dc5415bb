// Every sentence the importer says in English has a German counterpart: the wording tables key by key, and bad
// files run through both languages, where no German refusal may still hold English. English stays as it was.
import { z } from "zod";
import { journeySchema } from "../../src/doc";
import { RULES, type RuleKey } from "../../src/doc/records/rules";
import {
  decodeJourneyBytes,
  formatIssue,
  MAX_FILE_BYTES,
  parseJourneyText,
  type MessageLanguage,
} from "../../src/format";
import { english } from "../../src/format/english";
import { german } from "../../src/format/german";
import { defaultMessage } from "../../src/format/messages";
import type { JsonReasons, Wording } from "../../src/format/wording";
import { asFile, brokenTiny, exampleText } from "../fixtures/journeys";

/** Words of the English sentences that German never uses (field names and values such as map or format aside). */
const ENGLISH =
  /\b(must|may|should|the|is|not|no|unknown|required|duplicate|holds?|only|written|file|whole|number|least|most|characters?|items?|value|missing|before|follows|comma|string|names?|quotes|valid|when|where|found|kind|newer|empty|large|nested|text|save|try)\b/;

const noEnglish = (sentence: string) => expect(sentence.replace(/„[^“]*“/g, "")).not.toMatch(ENGLISH);

/** Sample zod issues of every kind the schemas raise, found the way the importer finds them. */
function sampleIssues(): z.core.$ZodIssue[] {
  const bad = JSON.parse(JSON.stringify(brokenTiny(() => undefined).journey)) as Record<string, unknown>;
  Object.assign(bad, { title: "x".repeat(201), language: "english!!", persona: 1, stages: {} });
  const result = journeySchema.safeParse(bad, { error: defaultMessage, reportInput: true });
  const rules = Object.keys(RULES).map((rule) => ({
    code: "custom" as const,
    path: [],
    message: "",
    params: { rule },
  }));
  return [...(result.error?.issues ?? []), ...rules];
}

/** Every sentence of a wording, each key with sample values: a key added to the type must be added here. */
const SAY: { [K in keyof Wording]: (w: Wording) => string[] } = {
  json: (w) => Object.values(JSON_SAY).map((say) => say(w.json)),
  tooLarge: (w) => [w.tooLarge],
  empty: (w) => [w.empty],
  tooDeep: (w) => [w.tooDeep],
  notJson: (w) => [w.notJson(), w.notJson({ line: 3, column: 5 }), w.notJson({ line: 3, column: 5 }, w.json.comment)],
  utf16: (w) => [w.utf16],
  notUtf8: (w) => [w.notUtf8(2, 7)],
  notAnObject: (w) => [w.notAnObject],
  wrongFormat: (w) => Object.values(w.wrongFormat("outside-in.journey")),
  bareJourney: (w) => [w.bareJourney("outside-in.journey", 1)],
  noVersion: (w) => Object.values(w.noVersion),
  newerVersion: (w) => Object.values(w.newerVersion(2, 1)),
  problems: (w) => [w.problems(1), w.problems(3)],
  required: (w) => [w.required],
  requiredFoundAs: (w) => [w.requiredFoundAs("stageID")],
  notValid: (w) => [w.notValid],
  duplicateId: (w) => [w.duplicateId("cd_a", "journey.cards[0].id")],
  unknownReference: (w) => [
    ...(["stage", "lane", "card"] as const).map((kind) => w.unknownReference(kind, "st_9")),
    ...(["stage", "lane", "card"] as const).map((kind) => w.unknownReference("card", "ln_do", kind)),
  ],
  emotionRequired: (w) => [w.emotionRequired],
  selfConnection: (w) => [w.selfConnection],
  samePath: (w) => [w.samePath("journey.connections[0]", "I get an email", "I renew in the app")],
  anchorIdForbidden: (w) => [w.anchorIdForbidden],
  anchorIdRequired: (w) => [w.anchorIdRequired("card")],
  nestedTooDeep: (w) => [w.nestedTooDeep(32)],
  dotsId: (w) => [w.dotsId(".."), w.dotsId(".")],
  issue: (w) => sampleIssues().map(w.issue),
};

const JSON_SAY: { [K in keyof JsonReasons]: (r: JsonReasons) => string } = {
  badUnicodeEscape: (r) => r.badUnicodeEscape,
  badEscape: (r) => `${r.badEscape("x")} ${r.badEscape(undefined)}`,
  controlCharacter: (r) => r.controlCharacter("\\u0009"),
  unclosedString: (r) => r.unclosedString,
  badNumber: (r) => r.badNumber,
  singleQuotedString: (r) => r.singleQuotedString,
  comment: (r) => r.comment,
  missingValue: (r) => r.missingValue("}"),
  bareWord: (r) => r.bareWord("Titel"),
  unexpected: (r) => r.unexpected("#"),
  noValue: (r) => r.noValue,
  unclosed: (r) => r.unclosed,
  trailingText: (r) => r.trailingText,
  trailingCommaInObject: (r) => r.trailingCommaInObject,
  trailingCommaInArray: (r) => r.trailingCommaInArray,
  singleQuotedName: (r) => r.singleQuotedName,
  typographicQuote: (r) => r.typographicQuote("„"),
  nameExpected: (r) => r.nameExpected("1"),
  colonExpected: (r) => r.colonExpected("1"),
  commaExpected: (r) => `${r.commaExpected("}", "1")} ${r.commaExpected("]", "1")}`,
};

describe("the German wording", () => {
  it.each(Object.keys(SAY) as (keyof Wording)[])("says %s in German, with no English left in it", (key) => {
    const en = SAY[key](english);
    const de = SAY[key](german);
    expect(de).toHaveLength(en.length);
    de.forEach((sentence, i) => {
      expect(sentence).not.toBe(en[i]);
      noEnglish(sentence);
    });
  });

  it("has a German sentence for every rule a record schema words itself", () => {
    for (const rule of Object.keys(RULES) as RuleKey[]) {
      const said = german.issue({ code: "custom", path: [], message: RULES[rule], params: { rule } });
      expect(said).not.toBe(RULES[rule]);
      noEnglish(said);
    }
  });
});

const bytesOf = (text: string) => new TextEncoder().encode(text);
const fileText = (value: unknown) => JSON.stringify(value);
const example = () => JSON.parse(exampleText()) as Record<string, unknown>;

/** Bad files of every kind the importer refuses, as the bytes a person would pick. */
const BAD_FILES: [string, Uint8Array][] = [
  ["empty", bytesOf("")],
  ["too large", bytesOf(" ".repeat(MAX_FILE_BYTES + 1))],
  ["too deep", bytesOf(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)],
  ["UTF-16", Uint8Array.from([0xff, 0xfe, 0x7b, 0x00])],
  ["Windows-1252", Uint8Array.from('{"title": "für"}', (ch) => ch.charCodeAt(0))],
  ["a trailing comma", bytesOf('{"format": "outside-in.journey",}')],
  ["a bare word", bytesOf("Titel;Phase\n")],
  ["a comment", bytesOf('{"a": 1 // note\n}')],
  ["single quotes", bytesOf("{'a': 1}")],
  ["an unclosed string", bytesOf('{"a": "b}')],
  ["no object", bytesOf("[1, 2]")],
  ["another format", bytesOf(fileText({ ...example(), format: "miro.board" }))],
  ["no version", bytesOf(fileText({ ...example(), version: "1" }))],
  ["a newer version", bytesOf(fileText({ ...example(), version: 2 }))],
  ["a bad export date", bytesOf(fileText({ ...example(), exportedAt: "yesterday" }))],
  [
    "records with every kind of problem",
    bytesOf(
      fileText(
        brokenTiny((j) => {
          const [a, b, c, d, e] = j.cards as Record<string, unknown>[];
          Object.assign(j, { id: "bad id", language: "english!!", persona: { goals: "many" } });
          Object.assign(a ?? {}, { stageId: "st_9", title: "", channel: "pigeon" });
          Object.assign(b ?? {}, { laneId: "ln_9", order: "first" });
          Object.assign(c ?? {}, { emotion: 7 });
          delete d?.title;
          Object.assign(e ?? {}, {
            id: "cd_a",
            measurement: {
              metric: "CSAT",
              kind: "loud",
              direction: "up",
              observations: [
                { date: "2026-02-30", value: 1, n: -1 },
                { date: "2026-02-01", value: 1, n: 1.5 },
              ],
            },
          });
          j.lanes = [...(j.lanes as unknown[]), { id: "ln_x", name: "x".repeat(201), kind: "emotions" }];
          j.cards.push({ id: "cd_f", stageId: "st_a", laneId: "ln_feel", title: "Calm" });
          j.connections = [{ id: "cn_a", from: "cd_b", to: "cd_9" }];
          j.comments = [
            {
              id: "cm_1",
              anchor: { kind: "map", id: "cd_a" },
              author: "S",
              text: "t",
              createdAt: "now",
              resolved: "no",
              replies: [],
            },
            {
              id: "cm_2",
              anchor: { kind: "stage" },
              author: "S",
              text: "t",
              createdAt: "2026-11-20T09:30:00.000Z",
              resolved: false,
              replies: [],
            },
          ];
        }),
      ),
    ),
  ],
];

function refusal(bytes: Uint8Array, language?: MessageLanguage): { error: string; lines: string[] } {
  const options = language ? { language } : {};
  const decoded = decodeJourneyBytes(bytes, options);
  if (!decoded.ok) return { error: decoded.error, lines: [] };
  const parsed = parseJourneyText(decoded.text, options);
  if (parsed.ok) throw new Error("expected the file to be refused");
  return { error: parsed.error, lines: parsed.issues.map(formatIssue) };
}

describe("refusing bad files in English and in German", () => {
  it.each(BAD_FILES)("refuses a file with %s in German, the same paths and no English left", (_name, bytes) => {
    const en = refusal(bytes, "en");
    const de = refusal(bytes, "de");
    expect(de.error).not.toBe(en.error);
    noEnglish(de.error);
    const pathOf = (line: string) => line.slice(0, line.indexOf(": "));
    expect(de.lines.map(pathOf)).toEqual(en.lines.map(pathOf));
    de.lines.forEach((line, i) => {
      expect(line).not.toBe(en.lines[i]);
      noEnglish(line.slice(line.indexOf(": ") + 2));
    });
  });

  it.each(BAD_FILES)("says a file with %s in English, the same with or without the language option", (_n, bytes) => {
    expect(refusal(bytes, "en")).toEqual(refusal(bytes));
  });

  it("keeps the English wording of every problem in a file with many, byte for byte", () => {
    const records = BAD_FILES.at(-1)?.[1] ?? new Uint8Array();
    expect(refusal(records)).toMatchInlineSnapshot(`
      {
        "error": "This file is not a valid Outside-In journey: 23 problems.",
        "lines": [
          "journey.id: may only hold letters, digits and _ . : -; " " cannot be in an id",
          "journey.language: must be a BCP 47 language tag such as en, de or de-CH",
          "journey.persona.goals: must be an array",
          "journey.lanes[3].name: must be at most 200 characters",
          "journey.cards[0].stageId: unknown stage "st_9"",
          "journey.cards[0].title: must not be empty",
          "journey.cards[0].channel: must be one of web, app, email, phone, chat, branch, letter, social, field, kiosk, partner, other",
          "journey.cards[1].laneId: unknown lane "ln_9"",
          "journey.cards[1].order: must be a number",
          "journey.cards[2].emotion: must be a whole number from -2 to 2",
          "journey.cards[3].title: is required",
          "journey.cards[4].id: duplicate id "cd_a" (also at journey.cards[0].id)",
          "journey.cards[4].measurement.kind: must be performance or brand",
          "journey.cards[4].measurement.direction: must be higher or lower; did you mean "higher"?",
          "journey.cards[4].measurement.observations[0].date: must be a real date written YYYY-MM-DD",
          "journey.cards[4].measurement.observations[0].n: must not be negative",
          "journey.cards[4].measurement.observations[1].n: must be a whole number",
          "journey.cards[5].emotion: is required on a card in an emotions lane (-2 to 2)",
          "journey.connections[0].to: unknown card "cd_9"",
          "journey.comments[0].anchor.id: must be left out when the anchor kind is map",
          "journey.comments[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z",
          "journey.comments[0].resolved: must be true or false",
          "journey.comments[1].anchor.id: is required when the anchor kind is stage",
        ],
      }
    `);
  });

  it("says the contract's example problem in English exactly as CONTRACT.md writes it", () => {
    const file = asFile(JSON.parse(fileText(brokenTiny((j) => void ((j.cards[3] ?? {}).stageId = "st_9")).journey)));
    expect(refusal(bytesOf(fileText(file))).lines).toEqual(['journey.cards[3].stageId: unknown stage "st_9"']);
    expect(refusal(bytesOf(fileText(file)), "de").lines).toEqual(["journey.cards[3].stageId: unbekannte Phase „st_9“"]);
  });
});

// A map's language written as a language's name ("German", "Deutsch") or any other primary subtag of 4 to 8 letters
// is well-formed BCP 47 but no registered language, and the map was then checked as if it had none: the importer
// refuses it with the language-tag sentence and, for a name it knows, says how the file writes it, in English and
// German. A document that already holds such a value reads a known name as its tag, and its export reads back.
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { loadJourney } from "../../src/doc/load";
import { isLanguageTag } from "../../src/doc/records/language";
import { formatIssue, parseJourneyText, parseJourneyValue, serializeJourney, type ParseResult } from "../../src/format";
import { brokenTiny, tinyJourney } from "../fixtures/journeys";

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIssue);
}

const withLanguage = (language: string) => brokenTiny((j) => (j.language = language));
const TAG_SENTENCE = "journey.language: must be a BCP 47 language tag such as en, de or de-CH";

describe("a language written as a name, or with a primary subtag of 4 to 8 letters", () => {
  it("is no language tag", () => {
    const names = ["German", "Deutsch", "English", "Englisch", "Klingon", "abcd", "abcdefgh", "French-CH"];
    expect(names.filter((name) => isLanguageTag(name))).toEqual([]);
  });

  it.each([
    ["German", "de"],
    ["Deutsch", "de"],
    ["english", "en"],
    ["Englisch", "en"],
    ["French", "fr"],
    ["Französisch", "fr"],
    ["Spanish", "es"],
    ["Spanisch", "es"],
    ["Italian", "it"],
    ["Italienisch", "it"],
    ["Dutch", "nl"],
    ["Niederländisch", "nl"],
  ])("is refused with the tag sentence and how the file writes %s", (name, tag) => {
    expect(problems(parseJourneyValue(withLanguage(name)))).toEqual([`${TAG_SENTENCE}; write "${tag}", not "${name}"`]);
  });

  it("is refused in German with the hint in German", () => {
    const result = parseJourneyText(JSON.stringify(withLanguage("Deutsch")), { language: "de" });
    expect(problems(result)).toEqual([
      "journey.language: muss ein Sprach-Tag nach BCP 47 sein, etwa en, de oder de-CH; schreiben Sie „de“ statt „Deutsch“",
    ]);
  });

  it("is refused without a hint when it names no language the importer knows", () => {
    expect(problems(parseJourneyValue(withLanguage("Klingon")))).toEqual([TAG_SENTENCE]);
  });

  it("in a document reads as its tag when it is a known name, and an export of it reads back", () => {
    const doc = new Y.Doc();
    loadJourney(doc, tinyJourney());
    doc.getMap("meta").set("language", "Deutsch");
    const journey = readJourney(doc);
    expect(journey.language).toBe("de");
    expect(journey.cards).toHaveLength(tinyJourney().cards.length);
    const back = parseJourneyText(serializeJourney(journey));
    expect(back.ok && back.journey.language).toBe("de");
  });

  it("in a document is left out when it names no language, and the rest reads and exports as before", () => {
    const doc = new Y.Doc();
    loadJourney(doc, tinyJourney());
    doc.getMap("meta").set("language", "Klingon");
    const journey = readJourney(doc);
    expect(journey.language).toBeUndefined();
    expect(doc.getMap("meta").get("language")).toBe("Klingon");
    expect(journey.stages).toHaveLength(2);
    expect(parseJourneyText(serializeJourney(journey)).ok).toBe(true);
  });
});

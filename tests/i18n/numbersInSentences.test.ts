// @vitest-environment jsdom
// Counts and limits in sentences are written as each language writes numbers: „höchstens 5.000 Zeichen“ in German,
// "at most 5,000 characters" in English, not 5000 in both; the form of the word still follows the count.
import { beforeAll, describe, expect, it } from "vitest";
import { i18n, initI18n } from "../../src/i18n";

beforeAll(async () => {
  initI18n("en");
  await i18n.changeLanguage("en");
});

const de = () => i18n.getFixedT("de");
const en = () => i18n.getFixedT("en");

describe("numbers in the interface's sentences", () => {
  it("group the thousands of a text's length and its limit, with a point in German and a comma in English", () => {
    expect(de()("field.tooLong", { max: 2000, count: 2143 })).toMatch(
      /^Hier passen höchstens 2\.000 Zeichen; dieser Text hat 2\.143\./,
    );
    expect(en()("field.tooLong", { max: 2000, count: 2143 })).toMatch(
      /^At most 2,000 characters fit here; this is 2,143\./,
    );
    expect(de()("journey.lineTooLong", { line: 2, count: 2012, max: 2000 })).toMatch(
      /^Zeile 2 hat 2\.012 Zeichen; in eine Zeile passen höchstens 2\.000\./,
    );
    expect(de()("comments.compose.count", { count: 5001, max: 5000 })).toBe("5.001 / 5.000 Zeichen");
    expect(de()("comments.error.tooLong", { count: 5001, max: 5000 })).toBe(
      "Ein Kommentar darf höchstens 5.000 Zeichen lang sein; dieser hat 5.001.",
    );
  });

  it("group the cards a deletion takes and the things selected, and keep the word's form for one", () => {
    expect(de()("stage.deleteConfirm", { name: "Antrag", count: 1200 })).toBe(
      "„Antrag“ und ihre 1.200 Karten löschen?",
    );
    expect(de()("lane.deleteConfirm", { name: "Gefühl", count: 1 })).toBe("„Gefühl“ und ihre 1 Karte löschen?");
    expect(en()("stage.deleteConfirm", { name: "Apply", count: 1200 })).toBe("Delete “Apply” and its 1,200 cards?");
    expect(de()("inspector.many", { count: 1500 })).toMatch(/^1\.500 Elemente ausgewählt\./);
    expect(de()("comments.thread.replies", { count: 1000 })).toBe("1.000 Antworten");
  });
});

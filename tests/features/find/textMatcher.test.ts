// Find forgives case, accents and German spelling: what a person types finds the card however either was written.
import { describe, expect, it } from "vitest";
import { excerptOf, fold, foldWithPositions, queryPattern } from "../../../src/features/find/textMatcher";

const finds = (query: string, text: string): boolean => queryPattern(query)?.test(fold(text)) ?? false;

describe("matching a query against a text", () => {
  it("ignores case", () => {
    expect(finds("TRACKING", "I get a tracking e-mail")).toBe(true);
    expect(finds("tracking", "TRACKING")).toBe(true);
  });

  it("finds „Größe“ by grosse, groesse, größe and GRÖSSE, and Über by uber, ueber and über", () => {
    for (const q of ["grosse", "groesse", "größe", "GRÖSSE", "Grösse"])
      expect(finds(q, "Die Größe passt nicht")).toBe(true);
    for (const q of ["uber", "ueber", "über", "ÜBER"]) expect(finds(q, "Über uns")).toBe(true);
  });

  it("counts ä and ae, ö and oe, ü and ue, ß and ss as the same, whichever the text or the query has", () => {
    expect(finds("aerger", "Ärger mit der Rechnung")).toBe(true);
    expect(finds("ärger", "Aerger mit der Rechnung")).toBe(true);
    expect(finds("arger", "Ärger")).toBe(true);
    expect(finds("schon", "schön")).toBe(true);
    expect(finds("schön", "schoen")).toBe(true);
    expect(finds("uber", "ueber")).toBe(true);
    expect(finds("strasse", "Straße")).toBe(true);
    expect(finds("straße", "Strasse")).toBe(true);
    expect(finds("STRASSE", "STRAẞE")).toBe(true);
  });

  it("drops accents, also when the text is stored decomposed", () => {
    expect(finds("cafe", "Café")).toBe(true);
    expect(finds("café", "Cafe")).toBe(true);
    expect(finds("uber", "U\u0308ber")).toBe(true);
    expect(finds("senor", "Señor")).toBe(true);
  });

  it("still finds a part of a word that starts inside ue, ae or oe", () => {
    expect(finds("er", "Steuer")).toBe(true);
    expect(finds("esday", "Tuesday")).toBe(true);
  });

  it("reads e-mail as email and ignores soft hyphens and runs of spaces", () => {
    expect(finds("email", "I get a tracking e-mail")).toBe(true);
    expect(finds("e-mail", "Email")).toBe(true);
    expect(finds("versandbestätigung", "Versand\u00ADbestätigung")).toBe(true);
    expect(finds("tracking  e-mail", "tracking\u00A0email")).toBe(true);
  });

  it("finds nothing that is not there, and takes regular-expression signs as text", () => {
    expect(finds("grosser", "Die Größe passt")).toBe(false);
    expect(finds("invoice", "I get a tracking e-mail")).toBe(false);
    expect(finds("(24)", "Total cost over 24 months")).toBe(false);
    expect(finds("(24)", "Total cost (24) months")).toBe(true);
    expect(finds(".*", "anything")).toBe(false);
  });

  it("has nothing to look for in a blank query", () => {
    expect(queryPattern("")).toBeNull();
    expect(queryPattern("   ")).toBeNull();
    expect(queryPattern("-")).toBeNull();
  });
});

describe("the excerpt around a match", () => {
  it("shows the original words around the match, cut with … where the text goes on", () => {
    const text = `${"Vorher ".repeat(20)}die Größe des Pakets${" danach".repeat(20)}`;
    const pattern = queryPattern("groesse");
    if (!pattern) throw new Error("no pattern");
    const excerpt = excerptOf(text, pattern, 40) ?? "";
    expect(excerpt).toContain("Größe");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(42);
  });

  it("keeps a short text whole, on one line", () => {
    const pattern = queryPattern("uber");
    if (!pattern) throw new Error("no pattern");
    expect(excerptOf("Alles\nÜber uns", pattern)).toBe("Alles Über uns");
    const late = "Mit der Sendungsnummer und der Größe des Pakets, über die Sie alles wissen";
    expect(excerptOf(late, pattern)).toBe(late);
    expect(excerptOf("nothing here", pattern)).toBeUndefined();
  });
});

describe("the two ways of folding", () => {
  it("agree, so that what the list finds is what its excerpt shows", () => {
    const texts = [
      "Die GRÖSSE der Straße",
      "Über-Prüfung  mit\u00A0Lücken\n und\tTabs",
      "U\u0308ber Cafe\u0301 Señor ŒUVRE Æble",
      "ΣΟΦΟΣ and ς",
      "İstanbul STRAẞE e\u00ADmail zero\u200Bwidth",
      "emoji 🙂 stays",
    ];
    for (const text of texts) expect(fold(text)).toBe(foldWithPositions(text).folded);
  });
});

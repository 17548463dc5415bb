// A title quoted into a sentence keeps its own quotations in the inner marks, whatever marks it was typed with:
// ‚…‘ inside „…“ in German, ‘…’ inside “…” in English ('…' inside "…" where the checks write straight marks), so no
// marks nest („Ich bestelle „XL““ read as two quotations). One helper does it for the checks and the editor.
import {
  ENGLISH_QUOTES,
  GERMAN_QUOTES,
  STRAIGHT_QUOTES,
  innerQuotesOfValues,
  quoted,
  withInnerQuotes,
} from "../../src/i18n/quotes";
import { wordsFor } from "../../src/export/words";
import { connect, findings, journey, touchpoint } from "./helpers";

describe("quoted", () => {
  it("turns a German title's own quotation into ‚…‘ inside „…“", () => {
    expect(quoted("Ich bestelle „XL“", GERMAN_QUOTES)).toBe("„Ich bestelle ‚XL‘“");
    expect(quoted("Ich bestelle „XL”", GERMAN_QUOTES)).toBe("„Ich bestelle ‚XL‘“");
  });

  it("turns quotations typed with other marks into the language's inner ones", () => {
    expect(quoted("Ich lese “Tarif A” und »Tarif B«", GERMAN_QUOTES)).toBe("„Ich lese ‚Tarif A‘ und ‚Tarif B‘“");
    expect(quoted('I order "XL" and „M“', ENGLISH_QUOTES)).toBe("“I order ‘XL’ and ‘M’”");
    expect(quoted("I read “plan A” twice", STRAIGHT_QUOTES)).toBe("\"I read 'plan A' twice\"");
  });

  it("leaves a lone mark, an apostrophe and single quotations as they are", () => {
    expect(withInnerQuotes('My 27" screen', ENGLISH_QUOTES)).toBe('My 27" screen');
    expect(withInnerQuotes("I can't find ‘help’", ENGLISH_QUOTES)).toBe("I can't find ‘help’");
    expect(withInnerQuotes("Ich höre ‚Bitte warten‘", GERMAN_QUOTES)).toBe("Ich höre ‚Bitte warten‘");
  });
});

describe("innerQuotesOfValues", () => {
  it("changes a value where the sentence quotes it, and leaves a value put in without marks", () => {
    const part = "der Karte „Ich bestelle ‚XL‘“";
    expect(
      innerQuotesOfValues("Jemand hat „Ich wähle „M““ geändert, dann „Ich wähle „M““; " + part, {
        title: "Ich wähle „M“",
        what: part,
      }),
    ).toBe("Jemand hat „Ich wähle ‚M‘“ geändert, dann „Ich wähle ‚M‘“; der Karte „Ich bestelle ‚XL‘“");
    expect(innerQuotesOfValues('Added the stage “Pay "now"”.', { name: 'Pay "now"' })).toBe(
      "Added the stage “Pay ‘now’”.",
    );
    expect(innerQuotesOfValues('Someone changed "Owner" to "Team "Nord"".', { text: 'Team "Nord"' })).toBe(
      'Someone changed "Owner" to "Team \'Nord\'".',
    );
  });
});

describe("the checks' findings", () => {
  it("quote a title holding „XL“ with the inner marks, in German and English", () => {
    const a = touchpoint("Ich wähle „XL“ im Shop", { channel: "web" });
    const b = touchpoint("I pick “M” in the branch", { channel: "branch" });
    const parts = { cards: [a, b], connections: [connect(a, b)] };
    expect(findings(journey({ ...parts, language: "de" }), "channel-break")[0]?.message).toBe(
      "Der Weg von „Ich wähle ‚XL‘ im Shop“ (Web) zu „I pick ‚M‘ in the branch“ (Filiale) zwingt die Kundschaft, von Web zu Filiale zu wechseln.",
    );
    expect(findings(journey(parts), "channel-break")[0]?.message).toBe(
      "The path from \"Ich wähle 'XL' im Shop\" (Web) to \"I pick 'M' in the branch\" (Branch) forces the customer to switch from Web to Branch.",
    );
  });
});

describe("the exports", () => {
  it("quote a deleted card's title under its comment with the inner marks, in German and English", () => {
    expect(wordsFor("de").quoted("Ich bestelle „XL“")).toBe("„Ich bestelle ‚XL‘“");
    expect(wordsFor("en").quoted("I order “XL”")).toBe("“I order ‘XL’”");
  });
});

// German interface text is set as German is printed: „…“ outside, ‚…‘ inside, ’ as the apostrophe, „z. B.“ with its
// space, … as one sign, % and € after a space, − for a negative number. The components' own strings are checked with en.json and de.json.
import { describe, expect, it } from "vitest";
import { resources } from "../../src/i18n";

function leaves(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const german = leaves(resources.de.translation);

/** The German strings that break a rule, as "key: text", so a failure names each one. */
const breaking = (rule: RegExp): string[] =>
  german.filter(([, text]) => rule.test(text.replace(/\{\{[^}]*\}\}/g, "0"))).map(([key, text]) => `${key}: ${text}`);

describe("German typography in the interface", () => {
  it("quotes with „…“, never with straight or English marks", () => {
    expect(breaking(/["”]/)).toEqual([]);
    // “ opens an English quotation and closes a German one: after a space or at the start it opens.
    expect(breaking(/(^|[\s(])“/)).toEqual([]);
  });

  it("closes every „ it opens, and every ‚ inside it", () => {
    const unbalanced = german.filter(([, text]) => {
      const count = (sign: string) => text.split(sign).length - 1;
      return count("„") !== count("“") || count("‚") !== count("‘");
    });
    expect(unbalanced).toEqual([]);
  });

  it("writes the apostrophe as ’, not as a typewriter mark", () => {
    expect(breaking(/'/)).toEqual([]);
  });

  it("writes abbreviations with their space (z. B., d. h., u. a.) and three dots as one sign", () => {
    expect(breaking(/\b(z\.B\.|d\.h\.|u\.a\.|zB|bzw\b(?!\.))/)).toEqual([]);
    expect(breaking(/\.\.\./)).toEqual([]);
    // After a whole word the three dots stand apart („Wird gesendet …“), as „Wird angelegt …“ always did.
    expect(breaking(/\p{L}…/u)).toEqual([]);
  });

  it("puts a space between a number and % or €, and the € after the number", () => {
    expect(breaking(/\d[%€]/)).toEqual([]);
    expect(breaking(/€\s?\d/)).toEqual([]);
  });

  it("writes a negative number with the minus sign, as the map's emotions show it (−2), not with a hyphen", () => {
    expect(breaking(/(^|[\s(])-\d/)).toEqual([]);
  });

  it("has German strings to check, with their umlauts and quotes", () => {
    expect(german.length).toBeGreaterThan(300);
    expect(german.some(([, text]) => /„[^“]+“/.test(text))).toBe(true);
  });
});

// Every sentence asks for the same values in English and German: a German placeholder the code does not pass shows
// as "{{name}}" on the page, and an English one German leaves out drops a name or a number the person needs.
import { describe, expect, it } from "vitest";
import { resources } from "../../src/i18n";

function leaves(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The names of a sentence's placeholders, a format ({{count, number}}) left off. */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? ""))].sort();

/**
 * Where German differs on purpose. The server's refusals are English sentences: English shows them as they came,
 * German says in its own words what they mean (and the HTTP status where no German sentence fits) instead of quoting
 * English to a German reader.
 */
const ON_PURPOSE: Record<string, { en: string[]; de: string[] }> = {
  "start.failure.refused.other": { en: ["reason"], de: ["reason", "status"] },
  "serverFailure.refused": { en: ["reason"], de: ["reason", "status"] },
  "comments.error.refused.targetGone": { en: ["reason"], de: [] },
  "comments.error.refused.invalid": { en: ["reason"], de: [] },
  "comments.error.refused.notAllowed": { en: ["reason"], de: [] },
  "comments.error.refused.gone": { en: ["reason"], de: [] },
  "comments.error.refused.nameTaken": { en: ["reason"], de: ["name"] },
  "comments.error.refused.tooLarge": { en: ["reason"], de: [] },
  "comments.error.refused.tooFast": { en: ["reason"], de: [] },
  "comments.error.refused.other": { en: ["reason"], de: ["status"] },
};

describe("the placeholders of the translations", () => {
  const en = new Map(leaves(resources.en.translation));
  const de = new Map(leaves(resources.de.translation));

  it("are the same in English and German, the components' own strings included", () => {
    const differ: string[] = [];
    for (const [key, english] of en) {
      const german = de.get(key);
      if (german === undefined || key in ON_PURPOSE) continue;
      if (placeholders(english).join() !== placeholders(german).join()) {
        differ.push(`${key}: {${placeholders(english).join()}} / {${placeholders(german).join()}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("differ only where the list above says why, and there as it says", () => {
    for (const [key, expected] of Object.entries(ON_PURPOSE)) {
      expect({ key, en: placeholders(en.get(key) ?? "") }).toEqual({ key, en: expected.en });
      expect({ key, de: placeholders(de.get(key) ?? "") }).toEqual({ key, de: expected.de });
    }
  });

  it("are well formed: every {{ has its }}, and no sentence is left with a single brace", () => {
    const broken = [...en, ...de].filter(([, text]) => text.replace(/\{\{[^{}]+\}\}/g, "").match(/[{}]/));
    expect(broken).toEqual([]);
  });
});

// Every text Find asks for is there in English and German, also those it names by a match's field.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { MatchField } from "../../../src/features/find/findOnMap";
import { resources } from "../../../src/i18n";

const dir = join(import.meta.dirname, "../../../src/features/find");

function lookUp(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("the texts of Find", () => {
  it("has every key its components ask for, and each detail of a match, in both languages", () => {
    const asked = readdirSync(dir)
      .filter((name) => name.endsWith(".tsx"))
      .flatMap((name) => [...readFileSync(join(dir, name), "utf8").matchAll(/\bt\(\s*"(find\.[a-zA-Z.]+)"/g)])
      .map((m) => m[1] ?? "");
    const details: Exclude<MatchField, "title" | "name">[] = ["description", "channel", "measurement"];
    const keys = [...asked, ...details.map((f) => `find.field.${f}`)];
    expect(asked.length).toBeGreaterThan(8);
    for (const language of ["en", "de"] as const) {
      const tree = resources[language].translation;
      // A count's sentence is there as its plural forms (more_one, more_other).
      const has = (k: string) => typeof (lookUp(tree, k) ?? lookUp(tree, `${k}_other`)) === "string";
      const missing = keys.filter((k) => !has(k));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});

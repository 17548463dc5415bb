import en from "../../src/i18n/en.json";
import de from "../../src/i18n/de.json";
import { resources } from "../../src/i18n";

/** Every leaf key path, with i18next plural suffixes folded into their base key. */
function keys(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("the translations", () => {
  it("have every English key in German and every German key in English", () => {
    const enKeys = new Set(keys(en));
    const deKeys = new Set(keys(de));
    expect([...enKeys].filter((k) => !deKeys.has(k))).toEqual([]);
    expect([...deKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it("have the same keys in both languages once the components' own strings are merged in", () => {
    const enKeys = keys(resources.en.translation).sort();
    const deKeys = keys(resources.de.translation).sort();
    expect(deKeys).toEqual(enKeys);
  });

  it("leave no German string empty and write German with real umlauts", () => {
    const values = keys(de).map((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], de));
    expect(values.filter((v) => typeof v !== "string" || v.trim() === "")).toEqual([]);
    const text = JSON.stringify(de);
    expect(text).toMatch(/[äöüß]/);
    expect(text).not.toMatch(/Loeschen|Schliessen|Zurueck|Oeffnen|fuer\b/);
  });

  it("use every key a component asks for", async () => {
    const { readFileSync, readdirSync, statSync } = await import("node:fs");
    const { join } = await import("node:path");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    // Every folder of the app's interface, a feature added later included.
    walk("src/app");
    walk("src/canvas");
    walk("src/features");
    const flat = new Set(keys(resources.en.translation).map((k) => k.replace(/_(one|other)$/, "")));
    const missing: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-zA-Z]+\.[a-zA-Z.-]+)"/g)) {
        if (m[1] && !flat.has(m[1])) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

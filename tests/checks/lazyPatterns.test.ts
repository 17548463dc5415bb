// The inside-out language patterns are built on first use, not while the page's script is evaluated: a map's page
// imports the checks before it opens its map, and building the hundred-odd regexes took 20 to 35 ms there.
import { afterEach, describe, expect, it, vi } from "vitest";

const RealRegExp = globalThis.RegExp;
afterEach(() => {
  globalThis.RegExp = RealRegExp;
});

describe("inside-out language patterns", () => {
  it("are not built when the checks are imported, and are built once when first used", async () => {
    // Counts the regexes built with the patterns' flags (src/checks/language/words.ts); other modules' do not count.
    let patterns = 0;
    globalThis.RegExp = new Proxy(RealRegExp, {
      construct(target, args: [string, string?]) {
        if (args[1] === "giu") patterns++;
        return Reflect.construct(target, args) as object;
      },
    });
    vi.resetModules();
    const checks = await import("../../src/checks");
    expect(patterns).toBe(0);

    expect(checks.insideOutPhrases("Der Sachbearbeiter prüft den Antrag")).toEqual(["Der Sachbearbeiter prüft"]);
    const atFirstUse = patterns;
    expect(atFirstUse).toBeGreaterThan(30);

    expect(checks.insideOutPhrases("We process your claim")).toEqual(["We process"]);
    expect(patterns).toBe(atFirstUse);
  });
});

// The browser export fetches the fonts it needs: Noto Sans always, DejaVu Sans only for a map with symbols Noto lacks,
// so ≥ ≤ → ✓ ‰ print as themselves in the PDF, never as an empty .notdef box.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterEach, beforeAll, vi } from "vitest";
import { dense, germanJourney, glyphCodes, readPdf } from "./helpers";

const fetched: string[] = [];

// The export keeps the fonts it fetched for the page's life: a fresh copy of it, so that what this file sees fetched
// does not depend on another test file having exported before it in the same process.
let exportBlob: typeof import("../../src/export/browser").exportBlob;
beforeAll(async () => {
  vi.resetModules();
  ({ exportBlob } = await import("../../src/export/browser"));
});

/** Serves the `?url` font files from node_modules, as the dev server or the build would. */
async function serveFont(input: unknown): Promise<Response> {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : String(input);
  fetched.push(url);
  const at = url.indexOf("@fontsource/");
  if (at < 0) return new Response("not found", { status: 404 });
  const path = resolve("node_modules", decodeURIComponent(url.slice(at).split("?")[0] ?? ""));
  return new Response(await readFile(path));
}

afterEach(() => {
  vi.unstubAllGlobals();
  fetched.length = 0;
});

describe("the browser PDF export's fonts", () => {
  it("fetches no symbol font for a map without symbols", async () => {
    vi.stubGlobal("fetch", vi.fn(serveFont));
    const blob = await exportBlob(germanJourney(), "pdf");
    expect(blob.type).toBe("application/pdf");
    expect(fetched.some((u) => u.includes("noto-sans-latin-400"))).toBe(true);
    expect(fetched.some((u) => u.includes("dejavu"))).toBe(false);
  });

  it("fetches DejaVu Sans for ≥ ≤ → ✓ ‰ and draws them with real glyphs", async () => {
    vi.stubGlobal("fetch", vi.fn(serveFont));
    const symbols = "Größe ≥ 4 € → ✓ ‰ ≤";
    const base = germanJourney();
    const journey = { ...base, cards: base.cards.map((c, i) => (i === 0 ? { ...c, title: symbols } : c)) };
    const bytes = new Uint8Array(await (await exportBlob(journey, "pdf")).arrayBuffer());
    expect(fetched.filter((u) => u.includes("dejavu-sans"))).toHaveLength(2);
    expect(glyphCodes(bytes)).not.toContain("0000");
    expect(dense((await readPdf(bytes)).pages.join(" "))).toContain(dense(symbols));
  });

  it("fetches DejaVu Sans for a map in Hebrew or Arabic and draws their letters, not stand-ins", async () => {
    vi.stubGlobal("fetch", vi.fn(serveFont));
    const base = germanJourney();
    const titles = ["אני שואל את הנציג", "أدفع الفاتورة"];
    const journey = { ...base, cards: base.cards.map((c, i) => ({ ...c, title: titles[i] ?? c.title })) };
    // (The font files are fetched once per page, so an earlier test may have fetched DejaVu Sans already.)
    const bytes = new Uint8Array(await (await exportBlob(journey, "pdf")).arrayBuffer());
    const text = (await readPdf(bytes)).pages.join(" ");
    expect(text).not.toContain("\ufffd");
    for (const word of ["הנציג", "الفاتورة"]) expect(text).toContain(word);
  });
});

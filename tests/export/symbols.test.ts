// Characters the main font lacks (≥ ≤ → ✓ ‰) print: in the symbol fallback font where it is loaded, else as a
// readable stand-in (>= <= -> OK o/oo), never as a .notdef box (glyph 0) or a NUL in the text layer.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { layoutJourney, renderPdf, type FontBytes, type PrintLayout } from "../../src/export";
import { substitutesFor } from "../../src/export/substitutes";
import type { Journey } from "../../src/doc";
import { loadFonts } from "../../server/exportFile";
import { FIXED_NOW, dense, germanJourney, glyphCodes, readPdf, realMeasurer } from "./helpers";

const SYMBOLS = "Größe ≥ 4 € → ✓ ‰ ≤";
const require = createRequire(import.meta.url);

/** The fonts the browser export loads for such a map: the server's set plus DejaVu Sans as the last fallback. */
async function withSymbolFont(): Promise<FontBytes> {
  const read = async (weight: number) =>
    new Uint8Array(
      await readFile(require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`)),
    );
  const fonts = await loadFonts();
  return { ...fonts, fallbacks: [...(fonts.fallbacks ?? []), { regular: await read(400), bold: await read(700) }] };
}

function symbolJourney(): Journey {
  const base = germanJourney();
  return {
    ...base,
    cards: base.cards.map((c, i) =>
      i === 0 && c.measurement ? { ...c, title: SYMBOLS, measurement: { ...c.measurement, question: SYMBOLS } } : c,
    ),
  };
}

async function exportAndRead(fonts: FontBytes): Promise<{ codes: string[]; map: string; plan: string }> {
  const journey = symbolJourney();
  const bytes = await renderPdf(journey, { fonts, PDFDocument, now: FIXED_NOW });
  const text = await readPdf(bytes);
  const layout: PrintLayout = layoutJourney(journey, { paper: "a3", measure: await realMeasurer(), now: FIXED_NOW });
  const of = (kind: string) =>
    dense(layout.pages.map((p, i) => (p.kind === kind ? (text.pages[i] ?? "") : "")).join(" "));
  expect(text.pages.join("")).not.toContain("\u0000");
  return { codes: glyphCodes(bytes), map: of("map"), plan: of("plan") };
}

describe("characters the main font lacks", () => {
  it("draws ≥ ≤ → ✓ ‰ from the symbol fallback font, with no .notdef glyph and the same text in the text layer", async () => {
    const { codes, map, plan } = await exportAndRead(await withSymbolFont());
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((c) => c === "0000")).toEqual([]);
    expect(map).toContain(dense(SYMBOLS));
    // The title and the measurement question, in the plan's two columns.
    expect(plan.split(dense(SYMBOLS)).length - 1).toBe(2);
  });

  it("prints a readable stand-in when no embedded font has the character, never an empty box", async () => {
    // The main pair alone, so the test holds whatever fallbacks the server loads.
    const { regular, bold } = await loadFonts();
    const { codes, map, plan } = await exportAndRead({ regular, bold });
    expect(codes.filter((c) => c === "0000")).toEqual([]);
    const readable = dense("Größe >= 4 € -> OK o/oo <=");
    expect(map).toContain(readable);
    expect(plan.split(readable).length - 1).toBe(2);
  });

  it("leaves German letters, quotes and the euro as they are (ẞ comes from the latin-ext fallback)", async () => {
    const german = "„GROẞE Äpfel“ – Öl, Übel, Maß: 4 €";
    const base = germanJourney();
    const journey = { ...base, cards: base.cards.map((c, i) => (i === 0 ? { ...c, title: german } : c)) };
    const bytes = await renderPdf(journey, { fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
    expect(glyphCodes(bytes)).not.toContain("0000");
    expect(dense((await readPdf(bytes)).pages.join(" "))).toContain(dense(german));
  });
});

describe("substitutesFor", () => {
  it.each([
    ["≥", ">="],
    ["≤", "<="],
    ["→", "->"],
    ["✓", "OK"],
    ["‰", "o/oo"],
    ["ﬁ", "fi"],
    ["①", "1"],
  ])("spells %j as %j first", (ch, first) => {
    expect(substitutesFor(ch)[0]).toBe(first);
  });

  it("ends with a visible replacement for anything unknown, and drops only invisible format characters", () => {
    expect(substitutesFor("\u{1F9A9}").slice(-2)).toEqual(["\ufffd", "?"]);
    expect(substitutesFor("\u200d")).toEqual([""]);
    expect(substitutesFor("\ufe0f")).toEqual([""]);
  });
});

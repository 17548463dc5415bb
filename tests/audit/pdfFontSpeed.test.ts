// A PDF of a map in Hebrew and Arabic (or with symbols) took seconds on the server, holding up every other request:
// fontkit inflated a WOFF font's whole glyph table again for each glyph. PDFKit now reads the fonts unpacked
// (src/export/woff.ts), which prints the very same PDF.
import { inflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { create } from "fontkit";
import { renderPdf, woffToSfnt, type FontBytes } from "../../src/export";
import { parseJourneyText } from "../../src/format";
import { exportFile, loadFonts } from "../../server/exportFile";
import { readPdf } from "../export/helpers";
import { fontsGivenTo } from "./fontsGiven";
import { unseenText } from "./unseenFixtures";

const NOW = new Date("2026-12-05T08:00:00Z");
const inflate = (data: Uint8Array) => new Uint8Array(inflateSync(data));
/** fontkit reads the count from the font's maxp table; the glyph test's declaration of fontkit leaves it out. */
const glyphCount = (bytes: Uint8Array): unknown => (create(bytes) as unknown as { numGlyphs: unknown }).numGlyphs;

function unicodeJourney() {
  const parsed = parseJourneyText(unseenText("unicode-rtl.journey.json"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.journey;
}

/** The fonts as they were before: the WOFF files alone. */
function woffOnly(fonts: FontBytes): FontBytes {
  const bare = ({ regular, bold }: { regular: Uint8Array; bold: Uint8Array }) => ({ regular, bold });
  return { ...bare(fonts), fallbacks: (fonts.fallbacks ?? []).map(bare) };
}

describe("the fonts PDFKit reads", () => {
  it("are the export fonts unpacked from WOFF into TrueType, with the same glyphs", async () => {
    const fonts = await loadFonts();
    for (const pair of [fonts, ...(fonts.fallbacks ?? [])]) {
      for (const weight of ["regular", "bold"] as const) {
        const sfnt = pair.sfnt?.[weight];
        expect(sfnt, "every font has its unpacked copy").toBeDefined();
        expect(Buffer.from(sfnt!.subarray(0, 4)).toString("hex")).toBe("00010000");
        expect(Buffer.compare(Buffer.from(sfnt!), Buffer.from(woffToSfnt(pair[weight], inflate)))).toBe(0);
        expect(glyphCount(sfnt!)).toBe(glyphCount(pair[weight]));
      }
    }
  });

  it("leaves a file that is not WOFF as it is and refuses a broken one", () => {
    const ttf = new Uint8Array([0, 1, 0, 0, 0, 0]);
    expect(woffToSfnt(ttf, inflate)).toBe(ttf);
    const cut = new Uint8Array(44);
    new DataView(cut.buffer).setUint32(0, 0x774f4646);
    new DataView(cut.buffer).setUint16(12, 3);
    expect(() => woffToSfnt(cut, inflate)).toThrow("The WOFF font is cut short.");
  });
});

describe("a PDF drawn from the unpacked fonts", () => {
  it("is the very same file as one drawn from the WOFF files, in German, Greek, Cyrillic and Polish", async () => {
    const fonts = await loadFonts();
    const { stages, lanes } = unicodeJourney();
    const journey = {
      id: "small",
      title: "Grüße „ß“ für 5 € – Ωμέγα, Ёлка, Łódź",
      language: "de",
      stages: stages.slice(0, 1),
      lanes: lanes.slice(0, 1),
      cards: [{ id: "de", stageId: stages[0]!.id, laneId: lanes[0]!.id, title: "Ich überweise 12,50 € „sofort“" }],
      connections: [],
    };
    const unpackedPdf = await renderPdf(journey, { paper: "a4", fonts, PDFDocument, now: NOW });
    const woffPdf = await renderPdf(journey, { paper: "a4", fonts: woffOnly(fonts), PDFDocument, now: NOW });
    expect(Buffer.compare(Buffer.from(unpackedPdf), Buffer.from(woffPdf))).toBe(0);
    expect((await readPdf(unpackedPdf)).pages.join(" ")).toContain("Grüße „ß“ für 5 €");
  }, 20_000);

  it("is given PDFKit as TrueType, not as WOFF, by the server's export", async () => {
    const kinds = await fontsGivenTo(() => exportFile(unicodeJourney(), { format: "pdf", paper: "a4" }));
    expect(kinds.length).toBeGreaterThan(2);
    expect(new Set(kinds)).toEqual(new Set(["sfnt"]));
  });

  it("of a card in Hebrew takes a fraction of the time it took from the WOFF files", async () => {
    const fonts = await loadFonts();
    const { stages, lanes, cards } = unicodeJourney();
    const journey = {
      id: "he",
      title: "Hebräisch",
      language: "de",
      stages: stages.filter((st) => st.id === "s_he"),
      lanes: lanes.filter((l) => l.id === "l_tun"),
      cards: cards.filter((c) => c.id === "u2"),
      connections: [],
    };
    const time = async (f: FontBytes) => {
      const started = performance.now();
      await renderPdf(journey, { paper: "a4", fonts: f, PDFDocument, now: NOW });
      return performance.now() - started;
    };
    // Warmed up first, then the two ways one after the other: a busy machine slows both alike.
    await time(fonts);
    const unpacked = await time(fonts);
    const woff = await time(woffOnly(fonts));
    // About 0.1 against 1 s here (and 0.4 against 7 to 12 s for the whole Unicode map).
    expect(unpacked * 3).toBeLessThan(woff);
  }, 30_000);
});

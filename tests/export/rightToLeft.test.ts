// Right-to-left words in the PDF: a line of several Arabic or Hebrew words reads right to left, word by word.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../src/export";
import { visualPieces } from "../../src/export/bidi";
import { loadFonts } from "../../server/exportFile";
import { tinyJourney } from "../fixtures/journeys";
import { FIXED_NOW, readPdf } from "./helpers";

const ARABIC = "مرحبا بالعالم";
const HEBREW = "שלום עולם";

describe("right-to-left text", () => {
  it("is cut into pieces in the order they are drawn, each word kept as written", () => {
    expect(visualPieces("Größe „ok“")).toEqual(["Größe „ok“"]);
    expect(visualPieces(`Arabisch ${ARABIC} ende`)).toEqual(["Arabisch ", "بالعالم", " ", "مرحبا", " ende"]);
    expect(visualPieces(`(${HEBREW}) 5 €`)).toEqual(["(", "עולם", " ", "שלום", ") 5 €"]);
    expect(visualPieces("مرحبا (2026) بالعالم")).toEqual(["بالعالم", " ", "(", "2026", ")", " ", "مرحبا"]);
  });

  it("draws the words of an RTL stretch right to left in the PDF", async () => {
    const base = tinyJourney();
    const journey = {
      ...base,
      cards: base.cards.map((c) => (c.id === "cd_a" ? { ...c, title: `Arabisch ${ARABIC} und ${HEBREW} ende` } : c)),
    };
    const bytes = await renderPdf(journey, { fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
    // pdfjs gives the text in drawing order, left to right: the second word of each stretch comes first.
    const text = (await readPdf(bytes)).pages.join(" ");
    expect(text.indexOf("بالعالم")).toBeGreaterThan(-1);
    expect(text.indexOf("بالعالم")).toBeLessThan(text.indexOf("مرحبا"));
    expect(text.indexOf("עולם")).toBeGreaterThan(-1);
    expect(text.indexOf("עולם")).toBeLessThan(text.indexOf("שלום"));
    // A reader that orders text logically reads the words as written.
    const dir = mkdtempSync(join(tmpdir(), "rtl-"));
    writeFileSync(join(dir, "map.pdf"), bytes);
    let logical: string;
    try {
      logical = execFileSync("pdftotext", [join(dir, "map.pdf"), "-"], { encoding: "utf8" });
    } catch {
      return;
    }
    expect(logical).toContain(ARABIC);
  });
});

// A map written in Japanese, Chinese or Korean, or with emoji, in the PDF, which embeds no font for them: what is
// typed is never lost. Each line with a stand-in (� or a spelling such as (+1)) carries the text as written as its
// ActualText, which copy, search and text extraction read; the title page says what the stand-ins are and where the
// text is kept. The SVG keeps the characters themselves. A German map is printed as before.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import type { Journey } from "../../src/doc";
import { fontMeasurer, renderMapSheet, renderPdf, renderSvgSheet, wordsFor } from "../../src/export";
import { parseJourneyText } from "../../src/format";
import { loadFonts } from "../../server/exportFile";
import { svgText } from "../audit/printedText";
import { actualTexts, FIXED_NOW, germanJourney, readPdf, squash } from "./helpers";

function fixture(): Journey {
  const path = fileURLToPath(new URL("../fixtures/scripts/east-asian-and-emoji.journey.json", import.meta.url));
  const parsed = parseJourneyText(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.journey;
}

const TYPED = [
  "Reise nach Tokio 東京",
  "予約",
  "Ziel: ホテルを簡単に予約したい",
  "予約を確認する",
  "Größe ≥ 3 – Bestätigung per E-Mail 📧",
  "アプリで予約 🏨",
  "我用手机付款 👍",
  "지하철을 탑니다 🚇",
  "Ziel: 공항에서 호텔까지 쉽게 가고 싶어요",
];

const pdfOf = async (journey: Journey) =>
  renderPdf(journey, { paper: "a4", fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });

describe("text no embedded font can draw, in the PDF", () => {
  it("is kept as written behind each line that shows stand-ins", async () => {
    const bytes = await pdfOf(fixture());
    const kept = actualTexts(bytes);
    for (const text of TYPED) expect(kept).toContain(text);
    // What is drawn is the stand-in, and the German around it is intact.
    const drawn = squash((await readPdf(bytes)).pages.join(" "));
    expect(drawn).toContain("\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd");
    expect(drawn).toContain("(+1)");
    expect(drawn).toContain("Fahrt „U-Bahn“ für 12,50 €");
    expect(drawn).toContain("Größe ≥ 3 – Bestätigung per E-Mail");
    // A reader that honours ActualText (poppler's pdftotext, Acrobat) gives the text as written.
    const dir = mkdtempSync(join(tmpdir(), "stand-ins-"));
    writeFileSync(join(dir, "map.pdf"), bytes);
    let extracted: string;
    try {
      extracted = execFileSync("pdftotext", [join(dir, "map.pdf"), "-"], { encoding: "utf8" });
    } catch {
      return;
    }
    for (const text of ["予約を確認する", "我用手机付款 👍", "지하철을 탑니다 🚇"]) expect(extracted).toContain(text);
  });

  it("is explained on the title page, in the map's language", async () => {
    const title = squash((await readPdf(await pdfOf(fixture()))).pages[0] ?? "");
    expect(title).toContain(squash(wordsFor("de").standIns));
    const english = squash((await readPdf(await pdfOf({ ...fixture(), language: "en" }))).pages[0] ?? "");
    expect(english).toContain(squash(wordsFor("en").standIns));
  });

  it("leaves a German map as it was: no explanation, no ActualText", async () => {
    const bytes = await pdfOf(germanJourney());
    expect(actualTexts(bytes)).toEqual([]);
    expect(squash((await readPdf(bytes)).pages[0] ?? "")).not.toContain(squash(wordsFor("de").standIns));
  });
});

describe("text no embedded font can draw, in the SVG", () => {
  it("keeps the characters as written, without the PDF's explanation", async () => {
    const fonts = await loadFonts();
    const svg = renderSvgSheet(fixture(), {
      paper: "a4",
      measure: fontMeasurer(PDFDocument, fonts),
      embedFonts: fonts,
      now: FIXED_NOW,
    });
    const text = svgText(svg);
    for (const typed of TYPED) expect(text).toContain(typed);
    expect(text).not.toContain("\ufffd");
    expect(squash(text)).not.toContain(squash(wordsFor("de").standIns));
  });
});

describe("text no embedded font can draw, in the PNG's sheet", () => {
  it("keeps the characters and says under the map that they are drawn in the fonts of the machine that draws it", async () => {
    const fonts = await loadFonts();
    const measure = fontMeasurer(PDFDocument, fonts);
    const sheet = svgText(renderMapSheet(fixture(), { measure, embedFonts: fonts }).svg);
    for (const typed of ["予約を確認する", "我用手机付款 👍", "지하철을 탑니다 🚇"]) expect(sheet).toContain(typed);
    expect(squash(sheet)).toContain(squash(wordsFor("de").imageStandIns));
    const german = svgText(renderMapSheet(germanJourney(), { measure, embedFonts: fonts }).svg);
    expect(squash(german)).not.toContain(squash(wordsFor("de").imageStandIns));
  });
});

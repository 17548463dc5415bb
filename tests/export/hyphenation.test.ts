// A word wider than its column (German compounds above all) breaks with a hyphen, at a joint or a syllable's end with
// three letters or more each side; the PDF keeps the whole word as the text a reader copies and searches.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { Journey } from "../../src/doc";
import {
  layoutJourney,
  renderMapSheet,
  renderPdf,
  renderSvg,
  type TextItem,
  type TextMeasurer,
} from "../../src/export";
import { wrapLines, wrapText } from "../../src/export/layout/wrap";
import { loadFonts } from "../../server/exportFile";
import { svgText } from "../audit/printedText";
import {
  FIXED_NOW,
  actualTexts,
  dense,
  germanJourney,
  readPdf,
  readPdfAsCopied,
  realMeasurer,
  squash,
} from "./helpers";

const CLAIMS = "Schadensregulierungsprozess";
const SURVEY = "Kundenzufriedenheitsbefragung";
const BOLD8 = { size: 8, bold: true };

let measure: TextMeasurer;
beforeAll(async () => {
  measure = await realMeasurer();
});

/** The lines as drawn: a line that breaks a word with a hyphen ends in it. */
const drawn = (text: string, width: number, hyphenate = true) =>
  wrapLines(text, width, BOLD8, measure, hyphenate).map((l) => l.text + (l.broken?.hyphen === true ? "-" : ""));

describe("a word wider than its line", () => {
  it("breaks at a German compound's joint, with a hyphen that fits the line", () => {
    expect(drawn(CLAIMS, 60)).toEqual(["Schadens-", "regulierungs-", "prozess"]);
    expect(drawn(CLAIMS, 100)).toEqual(["Schadensregulierungs-", "prozess"]);
    expect(drawn(SURVEY, 100)).toEqual(["Kundenzufriedenheits-", "befragung"]);
    expect(drawn(`Der ${CLAIMS} läuft`, 60)).toEqual(["Der Schadens-", "regulierungs-", "prozess läuft"]);
    for (const width of [40, 60, 80, 100])
      for (const line of drawn(`${CLAIMS} ${SURVEY}`, width))
        expect(measure.width(line, BOLD8.size, BOLD8.bold)).toBeLessThanOrEqual(width);
  });

  it("ends the line before it with its first piece when that saves a line, at a good place only", () => {
    expect(wrapLines(`${CLAIMS} ${SURVEY}`, 70, BOLD8, measure)).toEqual([
      { text: "Schadens", broken: { first: { word: CLAIMS, start: 0 }, hyphen: true } },
      { text: "regulierungs", broken: { rest: 12, hyphen: true } },
      { text: "prozess Kunden", broken: { rest: 7, first: { word: SURVEY, start: 8 }, hyphen: true } },
      { text: "zufriedenheits", broken: { rest: 14, hyphen: true } },
      { text: "befragung", broken: { rest: 9, hyphen: false } },
    ]);
    // Where no line is saved the word starts a line of its own, as at a joint it breaks better there.
    expect(drawn(`Schadensmeldungsprozess ${SURVEY}`, 88)).toEqual([
      "Schadensmeldungs-",
      "prozess",
      "Kundenzufrieden-",
      "heitsbefragung",
    ]);
  });

  it("breaks an English word at a syllable's end, never inside a group of letters that sounds as one", () => {
    expect(drawn("incomprehensibilities", 60)).toEqual(["incomprehen-", "sibilities"]);
    expect(drawn("Donaudampfschifffahrtsgesellschaftskapitän", 60)).toEqual([
      "Donaudampf-",
      "schifffahrts-",
      "gesellschafts-",
      "kapitän",
    ]);
  });

  it("keeps three letters or more on each side of a hyphen", () => {
    for (const width of [25, 30, 40, 60, 80])
      for (const word of [CLAIMS, SURVEY, "internationalization", "Kfz-Haftpflichtversicherungsnummer"]) {
        const lines = wrapLines(word, width, BOLD8, measure);
        expect(lines.map((l) => l.text).join("")).toBe(word);
        lines.forEach((line, i) => {
          if (line.broken?.hyphen !== true) return;
          expect(line.text).toMatch(/\p{L}{3}$/u);
          expect(lines[i + 1]?.text).toMatch(/^\p{L}{3}/u);
        });
      }
  });

  it("breaks after a dash or slash without adding one, and adds none to digits, Chinese or a right-to-left paragraph", () => {
    expect(drawn("https://example.com/some/very/long/path", 80)).toEqual([
      "https://example.",
      "com/some/very/",
      "long/path",
    ]);
    expect(drawn("12345678901234567890123", 60).some((l) => l.endsWith("-"))).toBe(false);
    expect(drawn("我用手机付款我用手机付款我用手机付款我用手机付款", 60).some((l) => l.endsWith("-"))).toBe(false);
    expect(drawn(CLAIMS, 60, false).some((l) => l.endsWith("-"))).toBe(false);
    expect(wrapText(CLAIMS, 60, BOLD8, measure)).toEqual(["Schadens-", "regulierungs-", "prozess"]);
  });
});

/** A word wider than a card: broken twice, and when it comes twice, one line ends one and starts the other. */
const LONG = "Kundenzufriedenheitsbefragungsergebnisauswertungsverfahrensdokumentation";

/** The German claim map with a lane whose compounds are wider than the lane column, and a card with LONG twice. */
function compoundJourney(): Journey {
  const j = germanJourney();
  return {
    ...j,
    lanes: [...j.lanes, { id: "ln_back", name: `${CLAIMS} ${SURVEY}`, kind: "backstage" }],
    cards: [
      ...j.cards,
      { id: "c_back", stageId: "st_1", laneId: "ln_back", title: "Sachbearbeitung prüft" },
      { id: "c_long", stageId: "st_2", laneId: "ln_back", title: `${LONG} ${LONG}` },
    ],
  };
}

describe("a broken word in the exports", () => {
  it("is marked in the layout: the first piece holds the whole word, each piece but the last ends in a hyphen", () => {
    const layout = layoutJourney(compoundJourney(), { paper: "a4", measure, now: FIXED_NOW });
    const map = layout.pages.find((p) => p.kind === "map");
    const texts = map?.items.filter((i): i is TextItem => i.type === "text") ?? [];
    const first = texts.findIndex((t) => t.broken?.first?.word === CLAIMS);
    expect(first).toBeGreaterThanOrEqual(0);
    const pieces = texts.slice(first, first + 2);
    expect(pieces.map((t) => t.text)).toEqual(["Schadens", "regulierungsprozess"]);
    expect(pieces.map((t) => t.broken)).toEqual([
      { first: { word: CLAIMS, start: 0 }, hyphen: true },
      { rest: "regulierungsprozess".length, hyphen: false },
    ]);
    expect(texts.some((t) => t.broken?.first?.word === SURVEY)).toBe(true);
  });

  it("reads back from the PDF as the whole word, while the pieces are drawn with their hyphens", async () => {
    const bytes = await renderPdf(compoundJourney(), {
      paper: "a4",
      fonts: await loadFonts(),
      PDFDocument,
      now: FIXED_NOW,
    });
    const pages = await readPdfAsCopied(bytes);
    const copied = pages.join(" ");
    expect(copied).toContain(CLAIMS);
    expect(copied).toContain(SURVEY);
    expect(copied).not.toContain("Schadens-");
    // On the map page, the card's title reads as written: the line that ends the first word and starts the second
    // gives nothing for the end and the whole word for the start.
    const layout = layoutJourney(compoundJourney(), { paper: "a4", measure, now: FIXED_NOW });
    const map = layout.pages.findIndex((p) => p.kind === "map");
    const mixed = layout.pages[map]?.items.find(
      (i): i is TextItem => i.type === "text" && i.broken?.rest !== undefined && i.broken.first?.word === LONG,
    );
    expect(mixed).toBeDefined();
    expect(squash(pages[map] ?? "")).toContain(`${LONG} ${LONG}`);
    expect(actualTexts(bytes)).toEqual(expect.arrayContaining([CLAIMS, SURVEY, ""]));
    const shown = (await readPdf(bytes)).pages.join(" ");
    expect(shown).toContain("Schadens-");
    expect(shown).toContain("Kundenzufrieden-");
    // A reader that honours ActualText (poppler's pdftotext) gives the whole word, where it is installed.
    const dir = mkdtempSync(join(tmpdir(), "hyphen-"));
    writeFileSync(join(dir, "map.pdf"), bytes);
    let extracted: string | undefined;
    try {
      extracted = execFileSync("pdftotext", [join(dir, "map.pdf"), "-"], { encoding: "utf8" });
    } catch {
      extracted = undefined;
    }
    if (extracted !== undefined) expect(extracted).toContain(CLAIMS);
  });

  it("shows its hyphens in the SVG pages and in the PNG's sheet", () => {
    const pages = renderSvg(compoundJourney(), { paper: "a4", measure, now: FIXED_NOW }).join("");
    expect(pages).toContain(">Schadens-</text>");
    expect(pages).toContain(">Kundenzufrieden-</text>");
    const { svg } = renderMapSheet(compoundJourney(), { measure });
    expect(svg).toContain(">Schadens-</text>");
    expect(svg).toContain(">Kundenzufrieden-</text>");
  });

  it("marks the SVG's added hyphens, so that its text reads back as whole words, and no hyphen of the text itself", () => {
    const journey = compoundJourney();
    const card = journey.cards[0]!;
    // A hyphen of the text itself, at the end of a line: the word breaks after it, without an added hyphen.
    card.title = `${card.title} Kfz-Haftpflichtversicherungsschadensmeldung`;
    const pages = renderSvg(journey, { paper: "a4", measure, now: FIXED_NOW }).join("");
    const marked = [...pages.matchAll(/<text[^>]* data-break="hyphen"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(marked).toContain("Schadens-");
    expect(marked.every((t) => t?.endsWith("-"))).toBe(true);
    const text = svgText(pages);
    expect(text).toContain("Schadensregulierungsprozess");
    expect(dense(text)).toContain("Kfz-Haftpflicht");
  });
});

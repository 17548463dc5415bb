// A paragraph in Hebrew or Arabic starts at the right edge of its box and reads right to left, in the PDF, the SVG
// and the PNG (Chromium drawing the map sheet's SVG); a German line beside it stays at the left edge.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Journey } from "../../src/doc";
import {
  layoutJourney,
  renderMapSheet,
  renderPdf,
  renderSvg,
  type LayoutPage,
  type RectItem,
  type TextItem,
  type TextMeasurer,
} from "../../src/export";
import { isRightToLeft, visualPieces } from "../../src/export/bidi";
import { parseJourneyText } from "../../src/format";
import { loadFonts } from "../../server/exportFile";
import { launchChromium } from "../../server/png";
import { FIXED_NOW, realMeasurer } from "./helpers";

const CARD_PAD = 4;
const HE_TITLE = "אני שואל את הנציג מה המחיר";
const HE_DESCRIPTION = "בעברית בבקשה – 120 ₪";
const AR_TITLE = "أدفع الفاتورة عبر التطبيق";

function fixture(): Journey {
  const path = fileURLToPath(new URL("../fixtures/scripts/right-to-left.journey.json", import.meta.url));
  const parsed = parseJourneyText(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.journey;
}

let measure: TextMeasurer;
beforeAll(async () => {
  measure = await realMeasurer();
});

const textItems = (page: LayoutPage): TextItem[] => page.items.filter((i): i is TextItem => i.type === "text");

/** The card (a rounded rect) a text item sits in. */
function cardOf(page: LayoutPage, item: TextItem): RectItem {
  const card = page.items.find(
    (i): i is RectItem =>
      i.type === "rect" &&
      i.radius !== undefined &&
      i.x <= item.x &&
      item.x <= i.x + i.w &&
      i.y <= item.y &&
      item.y <= i.y + i.h,
  );
  if (card === undefined) throw new Error(`no card around ${item.text}`);
  return card;
}

function mapPage(): { page: LayoutPage; line: (text: string) => TextItem } {
  const layout = layoutJourney(fixture(), { paper: "a4", measure, now: FIXED_NOW });
  const page = layout.pages.find((p) => p.kind === "map");
  if (page === undefined) throw new Error("no map page");
  const line = (text: string) => {
    const found = textItems(page).find((i) => i.text === text);
    if (found === undefined) throw new Error(`no line ${text}`);
    return found;
  };
  return { page, line };
}

describe("the reading direction of a paragraph", () => {
  it("is right to left when its first letter is Hebrew or Arabic, whatever digits or signs come before", () => {
    expect(isRightToLeft(HE_TITLE)).toBe(true);
    expect(isRightToLeft(`120 ₪ ${HE_TITLE}`)).toBe(true);
    expect(isRightToLeft("٤٥٠ درهم")).toBe(true);
    expect(isRightToLeft(`Ziel: ${HE_TITLE}`)).toBe(false);
    expect(isRightToLeft("Größe „ok“ – 12,50 €")).toBe(false);
  });

  it("puts a right-to-left line in drawing order: numbers with their signs, and a left-to-right stretch, as written", () => {
    expect(visualPieces(HE_DESCRIPTION, true)).toEqual(["₪", " ", "120", " ", "–", " ", "בבקשה", " ", "בעברית"]);
    expect(visualPieces("כמה קל היה?", true)).toEqual(["?", "היה", " ", "קל", " ", "כמה"]);
    expect(visualPieces("אני קונה iPhone 15 Pro היום.", true)).toEqual([
      ".",
      "היום",
      " ",
      "iPhone 15 Pro",
      " ",
      "קונה",
      " ",
      "אני",
    ]);
    expect(visualPieces("המחיר 12,50€ היום", true)).toEqual(["היום", " ", "12,50€", " ", "המחיר"]);
  });

  it("keeps Arabic-Indic digits left to right, one piece each, so a shaper that sees Arabic does not reverse them", () => {
    expect(visualPieces("المبلغ ٤٥٠ درهم", true)).toEqual(["درهم", " ", "٤", "٥", "٠", " ", "المبلغ"]);
    expect(visualPieces("Preis ٤٥٠", false)).toEqual(["Preis ", "٤", "٥", "٠"]);
  });
});

describe("a right-to-left line in the print layout", () => {
  it("ends at the right edge of its card, where a German line starts at the left edge", () => {
    const { page, line } = mapPage();
    for (const text of [HE_TITLE, HE_DESCRIPTION, AR_TITLE]) {
      const item = line(text);
      const card = cardOf(page, item);
      expect(item.rtl?.end).toBeCloseTo(card.x + card.w - CARD_PAD, 5);
      expect(item.x + measure.width(text, item.size, item.bold)).toBeCloseTo(card.x + card.w - CARD_PAD, 3);
    }
    const german = line("Kanal: Telefon");
    expect(german.rtl).toBeUndefined();
    expect(german.x).toBeCloseTo(cardOf(page, german).x + CARD_PAD, 5);
    // A line that starts with a German word is left to right, though Arabic follows.
    expect(line("Größe „ok“ – أتلقى رسالة تأكيد").rtl).toBeUndefined();
  });
});

describe("a right-to-left title in the running header", () => {
  it("reads right to left but starts at the header's left, where a German title starts", () => {
    const hebrew = "שירות לקוחות בעברית";
    const headerOf = (title: string) => {
      const layout = layoutJourney({ ...fixture(), title }, { paper: "a4", measure, now: FIXED_NOW });
      const page = layout.pages.find((p) => p.kind === "map");
      const item = page === undefined ? undefined : textItems(page).find((i) => i.text === title);
      if (item === undefined) throw new Error(`no header ${title}`);
      return item;
    };
    const german = headerOf("Kundendienst auf Hebräisch");
    const item = headerOf(hebrew);
    expect(item.x).toBeCloseTo(german.x, 5);
    expect(item.rtl?.end).toBeCloseTo(item.x + measure.width(hebrew, item.size, item.bold), 5);
  });
});

type PdfRun = { str: string; x: number; right: number; y: number };

async function pdfRuns(bytes: Uint8Array, pageNumber: number): Promise<PdfRun[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const page = await pdf.getPage(pageNumber);
  const height = page.view[3] ?? 0;
  const content = await page.getTextContent();
  const runs = content.items.flatMap((i) =>
    "str" in i && i.str.trim() !== ""
      ? [
          {
            str: i.str,
            x: Number(i.transform[4]),
            right: Number(i.transform[4]) + i.width,
            y: height - Number(i.transform[5]),
          },
        ]
      : [],
  );
  await pdf.destroy();
  return runs;
}

describe("a right-to-left line in the PDF", () => {
  it("is drawn with its right end at the card's right edge, words right to left", async () => {
    const journey = fixture();
    const bytes = await renderPdf(journey, { paper: "a4", fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
    const { page, line } = mapPage();
    const pageNumber = 2;
    const runs = await pdfRuns(bytes, pageNumber);
    for (const text of [HE_TITLE, HE_DESCRIPTION, AR_TITLE]) {
      const item = line(text);
      const card = cardOf(page, item);
      const onLine = runs.filter((r) => Math.abs(r.y - item.y) < 0.5 && r.x >= card.x && r.right <= card.x + card.w);
      expect(onLine.length).toBeGreaterThan(0);
      const right = Math.max(...onLine.map((r) => r.right));
      const left = Math.min(...onLine.map((r) => r.x));
      expect(right).toBeCloseTo(card.x + card.w - CARD_PAD, 0);
      expect(left).toBeGreaterThan(card.x + CARD_PAD + 20);
    }
    // From the left: the shekel sign, the number, then the words, the first word last (pdfjs gives each word's
    // letters as written). The Arabic amount's digits stay left to right.
    const leftToRight = (item: TextItem) =>
      runs
        .filter((r) => Math.abs(r.y - item.y) < 0.5 && r.x >= cardOf(page, item).x)
        .filter((r) => r.right <= cardOf(page, item).x + cardOf(page, item).w)
        .sort((a, b) => a.x - b.x)
        .map((r) => r.str)
        .join("");
    const he = leftToRight(line(HE_DESCRIPTION));
    const at = ["₪", "120", "בבקשה", "בעברית"].map((word) => he.indexOf(word));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const ar = leftToRight(line("المبلغ ٤٥٠ درهم"));
    expect(ar).toContain("٤٥٠");
    expect(ar.indexOf("درهم")).toBeLessThan(ar.indexOf("المبلغ"));
    const german = line("Kanal: Telefon");
    const germanRun = runs.find((r) => r.str.includes("Kanal") && Math.abs(r.y - german.y) < 0.5);
    expect(germanRun?.x).toBeCloseTo(cardOf(page, german).x + CARD_PAD, 0);
  });
});

/** The server's fallback fonts: Noto Sans latin-ext, cyrillic, greek, then DejaVu Sans (server/exportFile.ts). */
const DEJAVU = 4;

describe("a right-to-left line in the SVG and the PNG", () => {
  it("is drawn in the fallback font the layout measured it in, which the PNG's sheet embeds", async () => {
    const fonts = await loadFonts();
    const sheet = renderMapSheet(fixture(), { measure, embedFonts: fonts }).svg;
    expect(sheet).toContain(`@font-face{font-family:OutsideInSans${DEJAVU};`);
    const hebrew = [...sheet.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].find((m) => m[2] === HE_TITLE);
    expect(hebrew?.[1]).toMatch(new RegExp(`font-family="OutsideInSans, [^"]*OutsideInSans${DEJAVU}, `));
    // A map without such characters embeds no fallback font.
    const plain = renderMapSheet({ ...fixture(), stages: [], cards: [] }, { measure, embedFonts: fonts }).svg;
    expect(plain).not.toContain(`font-family:OutsideInSans${DEJAVU}`);
  });

  it("is anchored at its end on the card's right edge in the SVG, reading right to left", () => {
    const svg = renderSvg(fixture(), { paper: "a4", measure, now: FIXED_NOW })[1] ?? "";
    const { page, line } = mapPage();
    for (const text of [HE_TITLE, AR_TITLE]) {
      const card = cardOf(page, line(text));
      const element = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].find((m) => m[2] === text);
      expect(element?.[1]).toContain(`x="${Math.round((card.x + card.w - CARD_PAD) * 100) / 100}"`);
      expect(element?.[1]).toContain('text-anchor="end"');
      expect(element?.[1]).toContain("unicode-bidi:plaintext");
    }
  });

  it("ends at the card's right edge in the sheet Chromium draws for the PNG", async () => {
    const fonts = await loadFonts();
    const sheet = renderMapSheet(fixture(), { measure, embedFonts: fonts });
    const browser = await launchChromium(process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium");
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<!doctype html><body style="margin:0">${sheet.svg.replace(/^<\?xml[^>]*>\s*/, "")}</body>`,
      );
      // Each text's drawn box and the card around it, in the SVG's own units.
      const boxes = await page.evaluate(() => {
        const cards = [...document.querySelectorAll("rect[rx]")].map((r) => {
          const { x, y, width, height } = (r as SVGRectElement).getBBox();
          return { x, y, width, height };
        });
        return [...document.querySelectorAll("text")].map((t) => {
          const box = (t as SVGTextElement).getBBox();
          const card = cards.find(
            (c) =>
              c.x <= box.x + 1 && box.y >= c.y && box.y <= c.y + c.height && box.x + box.width <= c.x + c.width + 1,
          );
          return { text: t.textContent ?? "", left: box.x, right: box.x + box.width, card };
        });
      });
      // Hebrew and Arabic are drawn in the DejaVu Sans the sheet embeds, not in whatever fonts the server has.
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, ""));
      });
      expect(loaded).toContain(`OutsideInSans${DEJAVU}`);
      const of = (text: string) => boxes.find((b) => b.text === text);
      for (const text of [HE_TITLE, AR_TITLE]) {
        const box = of(text);
        expect(box?.card).toBeDefined();
        if (box?.card === undefined) continue;
        expect(box.right).toBeCloseTo(box.card.x + box.card.width - CARD_PAD, 0);
        expect(box.left).toBeGreaterThan(box.card.x + CARD_PAD + 20);
      }
      const german = of("Kanal: Telefon");
      expect(german?.left).toBeCloseTo((german?.card?.x ?? 0) + CARD_PAD, 0);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

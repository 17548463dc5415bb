// The line of visibility in the exports: a dashed line with its label in the map's language between the lanes the
// customer sees and the backstage lanes, on every map page where they meet, never over a card or a word.
import PDFDocument from "pdfkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Journey, Lane } from "../../src/doc";
import {
  layoutJourney,
  layoutPoster,
  renderMapSheet,
  renderPdf,
  renderSvg,
  type LayoutPage,
  type LineItem,
  type RectItem,
  type TextItem,
  type TextMeasurer,
} from "../../src/export";
import { LANE_W } from "../../src/export/layout/mapPages";
import { ASCENT, LANE_FILL, LINE, MARGIN } from "../../src/export/layout/style";
import { VISIBILITY_H } from "../../src/export/layout/visibility";
import { loadFonts } from "../../server/exportFile";
import { FIXED_NOW, contentStreams, exampleJourney, generatedJourney, germanJourney, realMeasurer } from "./helpers";
import { mono, randomJourney } from "./randomJourneys";

const EN = "Line of visibility";
const DE = "Sichtbarkeitslinie";

let measure: TextMeasurer;
beforeAll(async () => {
  measure = await realMeasurer();
});

const backstage = (id: string, name: string): Lane => ({ id, name, kind: "backstage" });

/** The shared example with a backstage lane under its six customer lanes and a card in it. */
function englishBlueprint(): Journey {
  const j = exampleJourney();
  const first = j.stages[0]?.id ?? "";
  return {
    ...j,
    lanes: [...j.lanes, backstage("ln_back", "Behind the scenes")],
    cards: [...j.cards, { id: "bk_1", stageId: first, laneId: "ln_back", title: "The contract is checked" }],
  };
}

function germanBlueprint(): Journey {
  const j = germanJourney();
  return {
    ...j,
    lanes: [...j.lanes, backstage("ln_back", "Hinter den Kulissen")],
    cards: [...j.cards, { id: "bk_1", stageId: "st_1", laneId: "ln_back", title: "Sachbearbeitung prüft den Schaden" }],
  };
}

/** 24 stages (four A3 page columns) whose touchpoints lane runs over several pages, then a backstage lane. */
function splitBlueprint(): Journey {
  const j = generatedJourney(480);
  return {
    ...j,
    lanes: [...j.lanes, backstage("ln_back", "Behind the scenes")],
    cards: [
      ...j.cards,
      ...j.stages.map((s, i) => ({ id: `bk_${i}`, stageId: s.id, laneId: "ln_back", title: `Back office step ${i}` })),
    ],
  };
}

type Row = { y: number; h: number; backstage: boolean };
type Mark = { label: TextItem; line: LineItem };

const ROW_FILLS = new Set<string>(Object.values(LANE_FILL));

/** The lane rows of a map page: the rects across the whole map in a lane's colour. */
function rowsOf(page: LayoutPage): Row[] {
  return page.items
    .filter((i): i is RectItem => i.type === "rect" && Math.abs(i.x - MARGIN) < 0.01 && i.w > LANE_W + 1)
    .filter((r) => r.fill !== undefined && ROW_FILLS.has(r.fill))
    .map((r) => ({ y: r.y, h: r.h, backstage: r.fill === LANE_FILL.backstage }))
    .sort((a, b) => a.y - b.y);
}

/** Each label of the line on the page with the dashed line that goes on from it. */
function marksOf(page: LayoutPage, label: string): Mark[] {
  const lines = page.items.filter((i): i is LineItem => i.type === "line" && i.dash !== undefined && i.y1 === i.y2);
  return page.items
    .filter((i): i is TextItem => i.type === "text" && i.text === label)
    .map((t) => {
      const middle = t.y - t.size * ASCENT + (t.size * LINE) / 2;
      const line = lines.find((l) => Math.abs(l.y1 - middle) < 1 && l.x1 > t.x);
      if (line === undefined) throw new Error(`no dashed line beside the label at y ${t.y}`);
      return { label: t, line };
    });
}

/** Vertical extent of a text item's line box. */
const textBox = (t: TextItem) => ({ top: t.y - t.size * ASCENT, bottom: t.y - t.size * ASCENT + t.size * LINE });

/** Every boundary between rows of a different side has exactly one mark in between; no other boundary has one. */
function expectMarksBetweenRows(page: LayoutPage, label: string): void {
  const rows = rowsOf(page);
  const marks = marksOf(page, label);
  const used = new Set<Mark>();
  for (let i = 1; i < rows.length; i++) {
    const above = rows[i - 1] as Row;
    const below = rows[i] as Row;
    const between = marks.filter((m) => m.line.y1 > above.y + above.h && m.line.y1 < below.y);
    expect(between).toHaveLength(above.backstage !== below.backstage ? 1 : 0);
    between.forEach((m) => used.add(m));
  }
  // Any other mark stands right above the page's first row: a lane that begins at the top of the page.
  for (const m of marks.filter((m) => !used.has(m))) {
    const first = rows[0];
    expect(first).toBeDefined();
    expect(m.line.y1).toBeLessThan(first?.y ?? 0);
    expect(m.line.y1).toBeGreaterThan((first?.y ?? 0) - VISIBILITY_H);
  }
}

/** Neither the line nor its label crosses any box or any other word on the page. */
function expectClear(page: LayoutPage, label: string, measurer: TextMeasurer = measure): void {
  const texts = page.items.filter((i): i is TextItem => i.type === "text");
  const rects = page.items.filter((i): i is RectItem => i.type === "rect");
  for (const { label: t, line } of marksOf(page, label)) {
    const labelRight = t.x + measurer.width(t.text, t.size, t.bold);
    expect(labelRight).toBeLessThan(line.x1);
    for (const r of rects) {
      if (r.x < line.x2 && r.x + r.w > line.x1) expect(line.y1 > r.y && line.y1 < r.y + r.h).toBe(false);
      const box = textBox(t);
      if (r.x < labelRight && r.x + r.w > t.x) expect(box.bottom > r.y && box.top < r.y + r.h).toBe(false);
    }
    for (const other of texts) {
      if (other === t) continue;
      const box = textBox(other);
      const right = other.x + measurer.width(other.text, other.size, other.bold);
      if (other.x < line.x2 && right > line.x1) expect(line.y1 > box.top && line.y1 < box.bottom).toBe(false);
      const own = textBox(t);
      if (other.x < labelRight && right > t.x) expect(own.bottom > box.top && own.top < box.bottom).toBe(false);
    }
  }
}

const mapPagesOf = (journey: Journey, paper: "a3" | "a4" = "a3") =>
  layoutJourney(journey, { paper, measure, now: FIXED_NOW }).pages.filter((p) => p.kind === "map");

describe("the line of visibility in the print layout", () => {
  it("runs between the last lane the customer sees and the first backstage lane, labelled in English", () => {
    const pages = mapPagesOf(englishBlueprint());
    const marks = pages.flatMap((p) => marksOf(p, EN));
    expect(marks).toHaveLength(1);
    for (const page of pages) {
      expectMarksBetweenRows(page, EN);
      expectClear(page, EN);
    }
  });

  it("is labelled „Sichtbarkeitslinie“ on a German map", () => {
    const pages = mapPagesOf(germanBlueprint());
    expect(pages.flatMap((p) => marksOf(p, DE))).toHaveLength(1);
    expect(pages.flatMap((p) => marksOf(p, EN))).toHaveLength(0);
    for (const page of pages) {
      expectMarksBetweenRows(page, DE);
      expectClear(page, DE);
    }
  });

  it("speaks English on a map in a language the exports have no words for", () => {
    const pages = mapPagesOf({ ...englishBlueprint(), language: "fr" });
    expect(pages.flatMap((p) => marksOf(p, EN))).toHaveLength(1);
  });

  it("is drawn on every page column of a map split over pages, where a continued lane gives way to backstage", () => {
    for (const paper of ["a3", "a4"] as const) {
      const pages = mapPagesOf(splitBlueprint(), paper);
      // The page columns: each stage range the pages' subtitles name.
      const ranges = new Set(
        pages.flatMap((p) =>
          p.items.flatMap((i) => (i.type === "text" ? (i.text.match(/Stages? \d+(?:–\d+)? of 24/g) ?? []) : [])),
        ),
      );
      expect(ranges.size).toBeGreaterThan(1);
      const withMark = pages.filter((p) => marksOf(p, EN).length > 0);
      expect(withMark).toHaveLength(ranges.size);
      for (const page of pages) {
        expect(marksOf(page, EN).length).toBeLessThanOrEqual(1);
        expectMarksBetweenRows(page, EN);
        expectClear(page, EN);
      }
      // The touchpoints lane is continued over pages before the backstage lane begins.
      const continued = withMark.filter((p) =>
        p.items.some((i) => i.type === "text" && i.text === "(continued)" && i.y < (marksOf(p, EN)[0]?.line.y1 ?? 0)),
      );
      expect(continued.length).toBeGreaterThan(0);
    }
  });

  it("stands above a backstage lane that begins at the top of a new page, under the stage headers", () => {
    const j = englishBlueprint();
    const first = j.stages[0]?.id ?? "";
    const tall = Array.from({ length: 18 }, (_, i) => ({
      id: `bk_t${i}`,
      stageId: first,
      laneId: "ln_back",
      title: `The back office does step ${i} of the order`,
    }));
    const pages = mapPagesOf({ ...j, cards: [...j.cards, ...tall] });
    const withMark = pages.filter((p) => marksOf(p, EN).length > 0);
    expect(withMark).toHaveLength(1);
    const page = withMark[0] as LayoutPage;
    const rows = rowsOf(page);
    expect(rows.every((r) => r.backstage)).toBe(true);
    const mark = marksOf(page, EN)[0] as Mark;
    expect(mark.line.y1).toBeLessThan(rows[0]?.y ?? 0);
    // The page before ends with the lanes the customer sees and carries no line.
    const before = pages[pages.indexOf(page) - 1] as LayoutPage;
    expect(rowsOf(before).some((r) => r.backstage)).toBe(false);
    expectClear(page, EN);
  });

  it("never leaves the first backstage row empty under the line when its card nearly fills a page", () => {
    // A card of k lines for every k around a page's height: one of them fits a fresh page but not beside the band.
    for (let k = 30; k <= 75; k++) {
      const journey: Journey = {
        id: "tall",
        title: "Tall backstage card",
        language: "en",
        stages: [{ id: "st", name: "Stage" }],
        lanes: [{ id: "ln_do", name: "What I do", kind: "actions" }, backstage("ln_back", "Behind the scenes")],
        cards: [
          { id: "c1", stageId: "st", laneId: "ln_do", title: "I do it" },
          {
            id: "c2",
            stageId: "st",
            laneId: "ln_back",
            title: "Back office",
            description: Array.from({ length: k }, (_, i) => `line${i}`).join("\n"),
          },
        ],
        connections: [],
      };
      const layout = layoutJourney(journey, { paper: "a4", measure: mono, now: FIXED_NOW });
      const page = layout.pages.find((p) => p.kind === "map" && marksOf(p, EN).length > 0) as LayoutPage;
      const mark = marksOf(page, EN)[0] as Mark;
      const row = rowsOf(page).find((r) => r.y > mark.line.y1) as Row;
      const cards = page.items.filter(
        (i) => i.type === "rect" && i.radius !== undefined && i.y >= row.y && i.y + i.h <= row.y + row.h + 0.01,
      );
      expect({ k, cards: cards.length }).toEqual({ k, cards: 1 });
    }
  });

  it("starts a backstage lane that a fresh page could not hold whole where its first card fits, under its line", () => {
    /** A card of k lines, then `short` one-line cards, in the backstage lane under a one-card actions lane. */
    const journey = (k: number, short: number): Journey => ({
      id: "many",
      title: "Many backstage cards",
      language: "en",
      stages: [{ id: "st", name: "Stage" }],
      lanes: [{ id: "ln_do", name: "What I do", kind: "actions" }, backstage("ln_back", "Behind the scenes")],
      cards: [
        { id: "c0", stageId: "st", laneId: "ln_do", title: "I do it" },
        {
          id: "long",
          stageId: "st",
          laneId: "ln_back",
          title: "Back office",
          description: Array.from({ length: k }, (_, i) => `line${i}`).join("\n"),
        },
        ...Array.from({ length: short }, (_, i) => ({
          id: `b${i}`,
          stageId: "st",
          laneId: "ln_back",
          title: `Step ${i}`,
        })),
      ],
      connections: [],
    });
    const layout = (j: Journey) =>
      layoutJourney(j, { paper: "a4", measure: mono, now: FIXED_NOW }).pages.filter((p) => p.kind === "map");
    /** True when the backstage lane begins on a page of its own rather than under the actions lane. */
    const startsAlone = (pages: LayoutPage[]) => {
      const page = pages.find((p) => marksOf(p, EN).length > 0) as LayoutPage;
      return !rowsOf(page).some((r) => !r.backstage);
    };
    const isContinued = (pages: LayoutPage[]) =>
      pages.some((p) => p.items.some((i) => i.type === "text" && i.text === "(continued)"));
    // For every k around a page's height, some of which make the lane a little taller than a fresh page under the
    // band: a lane to be continued anyway is not sent to a new page that its first card fits before.
    let checked = 0;
    for (let k = 20; k <= 70; k++) {
      const full = layout(journey(k, 3));
      if (!isContinued(full)) continue;
      checked++;
      expect({ k, alone: startsAlone(full) }).toEqual({ k, alone: startsAlone(layout(journey(k, 0))) });
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("marks each boundary when backstage lanes stand between lanes the customer sees", () => {
    const j = englishBlueprint();
    const lanes = [backstage("ln_first", "Preparation"), ...j.lanes.slice(0, 2), backstage("ln_mid", "Billing")];
    const pages = mapPagesOf({ ...j, lanes: [...lanes, ...j.lanes.slice(2)] });
    // Preparation | actions, touchpoints | Billing | thoughts … | Behind the scenes: four boundaries.
    expect(pages.flatMap((p) => marksOf(p, EN))).toHaveLength(4);
    for (const page of pages) {
      expectMarksBetweenRows(page, EN);
      expectClear(page, EN);
    }
  });

  it("is absent from a map without backstage lanes and from one of backstage lanes only", () => {
    const none = exampleJourney();
    const only: Journey = {
      ...none,
      lanes: none.lanes.map((l) => ({ ...l, kind: "backstage" as const })),
      cards: none.cards.map(({ emotion: _, ...c }) => c),
    };
    for (const j of [none, only]) {
      const pages = mapPagesOf(j);
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.flatMap((p) => p.items).filter((i) => i.type === "text" && i.text === EN)).toHaveLength(0);
    }
  });

  it("on random journeys, is on each page column once per boundary, between the right rows, over nothing", () => {
    let seen = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const random = randomJourney(seed);
      // As generated, and with every other lane backstage, so that most maps have several boundaries.
      const alternating = { ...random, lanes: random.lanes.map((l, i) => (i % 2 === 1 ? backstage(l.id, l.name) : l)) };
      for (const journey of [random, alternating]) {
        const crossings = journey.lanes.filter(
          (l, i) => i > 0 && (l.kind === "backstage") !== (journey.lanes[i - 1]?.kind === "backstage"),
        ).length;
        for (const paper of ["a3", "a4"] as const) {
          const layout = layoutJourney(journey, { paper, comments: true, measure: mono, now: FIXED_NOW });
          const pages = layout.pages.filter((p) => p.kind === "map");
          const of = journey.stages.length;
          const ranges = new Set(
            pages.flatMap((p) =>
              p.items.flatMap((i) =>
                i.type === "text" ? (i.text.match(new RegExp(`Stages? \\d+(?:–\\d+)? of ${of}`, "g")) ?? []) : [],
              ),
            ),
          );
          const marks = pages.flatMap((p) => marksOf(p, EN));
          expect(marks).toHaveLength(crossings * ranges.size);
          seen += marks.length;
          for (const page of pages) {
            expectMarksBetweenRows(page, EN);
            expectClear(page, EN, mono);
            // The band never pushes a row past the page's body.
            for (const r of rowsOf(page)) expect(r.y + r.h).toBeLessThanOrEqual(layout.height - MARGIN - 26 + 0.01);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(30);
  });

  it("is on the PNG's sheet of the whole map, between the same lanes", () => {
    const sheet = layoutPoster(englishBlueprint(), { measure })?.pages[0];
    expect(sheet).toBeDefined();
    expect(marksOf(sheet as LayoutPage, EN)).toHaveLength(1);
    expectMarksBetweenRows(sheet as LayoutPage, EN);
    expectClear(sheet as LayoutPage, EN);
    const { svg } = renderMapSheet(englishBlueprint(), { measure });
    expect(svg).toContain(`>${EN}</text>`);
    expect(svgDashedLines(svg)).toHaveLength(1);
  });
});

/** The dashed lines of an SVG page that are not the emotion curve's middle line (dash 2): x1, x2 and y. */
function svgDashedLines(svg: string): { x1: number; x2: number; y: number }[] {
  return [...svg.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"[^>]*stroke-dasharray="4"/g)]
    .filter((m) => m[2] === m[4])
    .map((m) => ({ x1: Number(m[1]), x2: Number(m[3]), y: Number(m[2]) }));
}

/** The baseline y of each <text> element whose content is exactly `text`. */
function svgTextYs(svg: string, text: string): number[] {
  return [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)]
    .filter((m) => m[2] === text)
    .map((m) => Number(m[1]));
}

/** The rectangles of an SVG page. */
function svgRects(svg: string): { x: number; y: number; w: number; h: number; fill: string }[] {
  return [
    ...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]* fill="([^"]*)"/g),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]), fill: m[5] ?? "" }));
}

describe("the line of visibility in the SVG", () => {
  it("is a dashed <line> with a <text> label between the lane above and the backstage lane", () => {
    for (const [journey, label, above, below] of [
      [englishBlueprint(), EN, "Opportunities", "Behind the scenes"],
      [germanBlueprint(), DE, "Wie ich mich fühle", "Hinter den Kulissen"],
    ] as const) {
      const pages = renderSvg(journey, { measure, now: FIXED_NOW });
      const withLabel = pages.filter((p) => svgTextYs(p, label).length > 0);
      expect(withLabel).toHaveLength(1);
      const svg = withLabel[0] as string;
      const [line, ...more] = svgDashedLines(svg);
      expect(more).toHaveLength(0);
      expect(line).toBeDefined();
      const y = line?.y ?? 0;
      const [labelY = 0] = svgTextYs(svg, label);
      expect(Math.abs(labelY - y)).toBeLessThan(6);
      expect(svgTextYs(svg, above)[0]).toBeLessThan(y);
      expect(svgTextYs(svg, below)[0]).toBeGreaterThan(y);
      // The line crosses no box: it runs in the gap between the rows.
      const crossed = svgRects(svg).filter(
        (r) => r.x < (line?.x2 ?? 0) && r.x + r.w > (line?.x1 ?? 0) && r.y < y && r.y + r.h > y,
      );
      expect(crossed).toEqual([]);
      const below0 = svgRects(svg).find((r) => r.fill === LANE_FILL.backstage && Math.abs(r.x - MARGIN) < 0.01);
      expect(below0?.y).toBeGreaterThan(y);
      if (label === DE) expect(svg).not.toContain(EN);
    }
  });

  it("is on every page of a split map where backstage begins, and on none without backstage lanes", () => {
    const journey = splitBlueprint();
    const layout = mapPagesOf(journey).map((p) => marksOf(p, EN).length);
    const pages = renderSvg(journey, { measure, now: FIXED_NOW });
    const all = layoutJourney(journey, { paper: "a3", measure, now: FIXED_NOW }).pages;
    const svgCounts = pages.filter((_, i) => all[i]?.kind === "map").map((p) => svgTextYs(p, EN).length);
    expect(svgCounts).toEqual(layout);
    expect(svgCounts.filter((c) => c > 0).length).toBeGreaterThan(1);
    const plain = renderSvg(exampleJourney(), { measure, now: FIXED_NOW });
    expect(plain.some((p) => p.includes(EN))).toBe(false);
    expect(plain.flatMap(svgDashedLines)).toHaveLength(0);
  });
});

type PdfWord = { text: string; y: number };
type PdfPage = { words: PdfWord[]; height: number };

/** Each page's text items with their baseline measured from the top of the page, as the layout measures. */
async function pdfWords(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    const words = content.items.flatMap((item) =>
      "str" in item && item.str.trim() !== "" ? [{ text: item.str, y: height - (item.transform[5] as number) }] : [],
    );
    pages.push({ words, height });
    page.cleanup();
  }
  await pdf.destroy();
  return pages;
}

/** The strokes drawn with the line of visibility's dash (4 on, 4 off) in the PDF's content streams: their y. */
function pdfDashedLines(bytes: Uint8Array): { y: number; stream: string }[] {
  const out: { y: number; stream: string }[] = [];
  for (const stream of contentStreams(bytes))
    for (const m of stream.matchAll(/([\d.]+) ([\d.]+) m\n([\d.]+) ([\d.]+) l\n[\d.]+ w\n\[4 4\] 0 d\n/g))
      if (m[2] === m[4]) out.push({ y: Number(m[2]), stream });
  return out;
}

/** The rectangles (`re`) of a content stream. */
function pdfRects(stream: string): { x: number; y: number; w: number; h: number }[] {
  return [...stream.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\n/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    w: Number(m[3]),
    h: Number(m[4]),
  }));
}

async function pdfOf(journey: Journey, paper: "a3" | "a4" = "a3"): Promise<Uint8Array> {
  return renderPdf(journey, { paper, fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
}

describe("the line of visibility in the PDF", () => {
  it("is a dashed vector line with its label as real text between the right lanes, in English and German", async () => {
    for (const [journey, label, above, below] of [
      [englishBlueprint(), EN, "Opportunities", "Behind the scenes"],
      [germanBlueprint(), DE, "Wie ich mich fühle", "Hinter den Kulissen"],
    ] as const) {
      const bytes = await pdfOf(journey);
      const lines = pdfDashedLines(bytes);
      expect(lines).toHaveLength(1);
      const { y, stream } = lines[0] as { y: number; stream: string };
      const pages = await pdfWords(bytes);
      const withLabel = pages.filter((p) => p.words.some((w) => w.text === label));
      expect(withLabel).toHaveLength(1);
      const words = (withLabel[0] as PdfPage).words;
      const at = (text: string) => words.find((w) => w.text === text)?.y ?? Number.NaN;
      expect(Math.abs(at(label) - y)).toBeLessThan(6);
      expect(at(above)).toBeLessThan(y);
      expect(at(below)).toBeGreaterThan(y);
      // No row, header or box of the page is crossed by the line.
      expect(pdfRects(stream).filter((r) => r.w > 0 && r.h > 0 && r.y < y && r.y + r.h > y)).toEqual([]);
      if (label === DE) expect(pages.some((p) => p.words.some((w) => w.text.includes(EN)))).toBe(false);
    }
  });

  it("is on every map page of a split map where backstage begins, and absent without backstage lanes", async () => {
    const journey = splitBlueprint();
    const expected = layoutJourney(journey, { paper: "a4", measure, now: FIXED_NOW }).pages.map(
      (p) => (p.kind === "map" ? marksOf(p, EN) : []).length,
    );
    const bytes = await pdfOf(journey, "a4");
    const pages = await pdfWords(bytes);
    expect(pages.map((p) => p.words.filter((w) => w.text === EN).length)).toEqual(expected);
    expect(expected.filter((c) => c > 0).length).toBeGreaterThan(1);
    expect(pdfDashedLines(bytes)).toHaveLength(expected.reduce((a, b) => a + b, 0));

    const plain = await pdfOf(exampleJourney());
    expect(pdfDashedLines(plain)).toHaveLength(0);
    expect((await pdfWords(plain)).some((p) => p.words.some((w) => w.text.includes(EN)))).toBe(false);
  });
});

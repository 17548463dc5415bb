// The PDF read back with pdfjs: every touchpoint, metric and target is real text, pages are the right size and count.
import PDFDocument from "pdfkit";
import {
  formatNumber,
  layoutJourney,
  wordsFor,
  metricName,
  renderPdf,
  touchpointsOf,
  type PrintLayout,
} from "../../src/export";
import type { Journey } from "../../src/doc";
import { loadFonts } from "../../server/exportFile";
import {
  FIXED_NOW,
  dense,
  exampleJourney,
  generatedJourney,
  germanJourney,
  measuredEverywhereJourney,
  readPdf,
  readPdfAsCopied,
  realMeasurer,
  squash,
  type PdfText,
} from "./helpers";

async function exportAndRead(
  journey: Journey,
  paper: "a3" | "a4" = "a3",
  comments = false,
): Promise<{ text: PdfText; layout: PrintLayout }> {
  const bytes = await renderPdf(journey, { paper, comments, fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
  const layout = layoutJourney(journey, { paper, comments, measure: await realMeasurer(), now: FIXED_NOW });
  return { text: await readPdf(bytes), layout };
}

function expectEveryTouchpoint(journey: Journey, text: string): void {
  const all = squash(text);
  const lang = journey.language?.startsWith("de") ? "de" : "en";
  const missing: string[] = [];
  for (const { card } of touchpointsOf(journey)) {
    if (!all.includes(squash(card.title))) missing.push(`title ${card.title}`);
    const m = card.measurement;
    if (m === undefined) continue;
    if (!all.includes(squash(metricName(m)))) missing.push(`metric ${metricName(m)}`);
    const target = m.target === undefined ? undefined : `${wordsFor(lang).target} ${formatNumber(m.target, lang)}`;
    if (target !== undefined && !all.includes(target)) missing.push(target);
  }
  expect(missing).toEqual([]);
}

function planText(text: PdfText, layout: PrintLayout): string {
  return layout.pages.map((p, i) => (p.kind === "plan" ? (text.pages[i] ?? "") : "")).join(" ");
}

function mapText(text: PdfText, layout: PrintLayout): string {
  return layout.pages.map((p, i) => (p.kind === "map" ? (text.pages[i] ?? "") : "")).join(" ");
}

describe("the PDF export", () => {
  it("shows every touchpoint of the example with its metric and target on the map pages", async () => {
    const journey = exampleJourney();
    const { text, layout } = await exportAndRead(journey);
    expectEveryTouchpoint(journey, mapText(text, layout));
    expect(text.pages).toHaveLength(layout.pages.length);
    expect(text.title).toBe(journey.title);
  });

  it("lists every touchpoint of the example on the measurement-plan page", async () => {
    const journey = exampleJourney();
    const { text, layout } = await exportAndRead(journey);
    const plan = squash(planText(text, layout));
    expect(plan).toContain("Measurement plan");
    for (const { card } of touchpointsOf(journey)) expect(plan).toContain(squash(card.title));
  });

  it("prints every measurement point, on a touchpoint or not, on its card and in the plan with its lane, in map order", async () => {
    const journey = measuredEverywhereJourney();
    const { text, layout } = await exportAndRead(journey);
    const map = squash(mapText(text, layout));
    for (const printed of ["NPS (0-10) · target 30", "CSAT (1-5) · target 4.2", "CES (1-7) · target 5"])
      expect(map).toContain(printed);
    expect(map).toContain("Days to settle · target 10 (lower is better)");
    const plan = squash(planText(text, layout));
    const rows = [
      "What I do I tell a friend about my claim NPS How likely are you to recommend us? 0-10 30",
      "Where I meet the brand I fill in the online form Web CSAT How easy was the form? 1-5 4.2",
      "Where I meet the brand I get the payout letter Letter CES 1-7 5",
      "Behind the scenes Claim file closed Days to settle 10 (lower) Claims system",
    ];
    const at = rows.map((row) => plan.indexOf(row));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(plan).toContain("Lane");
  });

  it("prints A3 landscape by default and A4 landscape on request", async () => {
    const journey = exampleJourney();
    const a3 = await exportAndRead(journey, "a3");
    for (const [w, h] of a3.text.sizes) {
      expect(w).toBeCloseTo(1190.55, 1);
      expect(h).toBeCloseTo(841.89, 1);
    }
    const a4 = await exportAndRead(journey, "a4");
    expect(a4.text.pages).toHaveLength(a4.layout.pages.length);
    for (const [w, h] of a4.text.sizes) {
      expect(w).toBeCloseTo(841.89, 1);
      expect(h).toBeCloseTo(595.28, 1);
    }
    expectEveryTouchpoint(journey, mapText(a4.text, a4.layout));
  });

  it("puts the title page first with scenario, owner, persona and export date", async () => {
    const journey = exampleJourney();
    const { text } = await exportAndRead(journey);
    const first = squash(text.pages[0] ?? "");
    expect(first).toContain(journey.title);
    expect(first).toContain(squash(journey.scenario ?? "missing"));
    expect(first).toContain(journey.owner ?? "missing");
    expect(first).toContain(journey.persona?.name ?? "missing");
    expect(first).toContain("2026-11-22");
  });

  it("numbers every page as Page x of y", async () => {
    const { text } = await exportAndRead(exampleJourney());
    text.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${text.pages.length}`));
  });

  it("prints comments as footnotes on the page of their card only when asked", async () => {
    const journey = exampleJourney();
    const comment = journey.comments?.[0];
    expect(comment).toBeDefined();
    const card = journey.cards.find((c) => c.id === comment?.anchor.id);
    const withNotes = await exportAndRead(journey, "a3", true);
    const page = withNotes.text.pages.find(
      (p) =>
        squash(p).includes(squash(card?.title ?? "missing")) &&
        withNotes.layout.pages[withNotes.text.pages.indexOf(p)]?.kind === "map",
    );
    expect(squash(page ?? "")).toContain(comment?.text);
    const without = await exportAndRead(journey, "a3", false);
    expect(without.text.pages.join(" ")).not.toContain(comment?.text);
  });

  it("keeps German typography intact in the text layer", async () => {
    const journey = germanJourney();
    const { text, layout } = await exportAndRead(journey);
    const all = squash(text.pages.join(" "));
    expect(all).toContain("„Ich melde den Schaden“");
    expect(all).toContain("12,50 €");
    expect(all).toContain("Schaden melden – Kfz-Versicherung");
    expect(all).toContain("Ängstlich");
    expect(all).toContain("Messplan");
    expect(all).toContain(`Seite 1 von ${layout.pages.length}`);
    expectEveryTouchpoint(journey, mapText(text, layout));
  });

  it("sets letters the main font lacks (ł, ř, Cyrillic, Greek) in a fallback font and keeps them as text", async () => {
    const base = germanJourney();
    const title = "Łukasz Dvořák bestellt – Привет, Γειά σου";
    const journey = { ...base, cards: base.cards.map((c, i) => (i === 0 ? { ...c, title } : c)) };
    const { text, layout } = await exportAndRead(journey);
    expect(dense(mapText(text, layout))).toContain(dense(title));
    expect(dense(planText(text, layout))).toContain(dense(title));
  });

  it("wraps a long title on every page and never cuts a word of it", async () => {
    const long = `The journey of a customer who ${"Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(2)} wants to switch plans and keep every single word of this long title visible`;
    const journey = { ...exampleJourney(), title: long.slice(0, 200) };
    const bytes = await renderPdf(journey, { paper: "a4", fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
    // The long word breaks with hyphens, drawn; the text a reader copies holds it whole (its ActualText).
    const copied = await readPdfAsCopied(bytes);
    expect(copied.length).toBeGreaterThan(1);
    for (const page of copied) expect(dense(page)).toContain(dense(journey.title));
    for (const page of (await readPdf(bytes)).pages) expect(page).toMatch(/\p{L}{3}- /u);
  });

  it("reports its progress page by page when asked", async () => {
    const journey = exampleJourney();
    const seen: [number, number][] = [];
    const bytes = await renderPdf(journey, {
      fonts: await loadFonts(),
      PDFDocument,
      onProgress: (done, total) => seen.push([done, total]),
    });
    const pages = (await readPdf(bytes)).pages.length;
    expect(seen).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
  });

  it("exports 480 touchpoints with every title, metric and target in the text layer", async () => {
    const journey = generatedJourney(480);
    const started = Date.now();
    const { text, layout } = await exportAndRead(journey);
    expect(text.pages).toHaveLength(layout.pages.length);
    expectEveryTouchpoint(journey, mapText(text, layout));
    const plan = squash(planText(text, layout));
    for (const { card } of touchpointsOf(journey)) expect(plan).toContain(squash(card.title));
    expect(Date.now() - started).toBeLessThan(10000);
  });
});

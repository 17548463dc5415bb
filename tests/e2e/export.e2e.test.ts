// The Export menu in real Chromium: a German map from ../shared/examples, opened with the view link, is exported as
// PDF and CSV from the menu; the downloaded files are read back (pdfjs, a strict CSV reader) and must hold every
// touchpoint title, metric and target with the German characters intact. A big map shows its progress.
import { readFile } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { PAPER, formatNumber, metricName, renderMapSheet, touchpointsOf, wordsFor } from "../../src/export";
import { generatedJourney, readPdf, realMeasurer, squash } from "../export/helpers";
import { GERMAN_COMMENT, germanExample, germanExampleFile } from "../features/export/fixtures";
import { readCsv } from "../fixtures/csv";
import { createMap, endTest, launchChromium, ONLINE, startApp, type CreatedMap, type RunningApp } from "./harness";

let app: RunningApp;
let browser: Browser;
let map: CreatedMap;
const contexts: BrowserContext[] = [];
const journey = germanExample();
const words = wordsFor("de");

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  map = await createMap(app.url, germanExampleFile());
});
afterEach(({ task }) => endTest(contexts, task));
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens a share link in a fresh English-speaking browser context and waits until the map shows its cards. */
async function openMap(link: string, firstCard?: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: "en-US",
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  // A big map opens zoomed far out, where cards are sketches (most drawn by their cells) without a title element.
  const cards =
    firstCard === undefined
      ? page.locator(".card-node")
      : page.locator('[data-testid="card-title"]').filter({ hasText: firstCard });
  await cards.first().waitFor();
  return page;
}

/** Chooses an entry of the Export menu and returns the file the browser downloads. */
async function exportFrom(page: Page, entry: string, withComments = false): Promise<Download> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const menu = page.getByRole("menu", { name: "Export formats" });
  if (withComments) {
    await menu.getByRole("menuitemcheckbox", { name: "Include comments" }).click();
    expect(await menu.getByRole("menuitemcheckbox").getAttribute("aria-checked")).toBe("true");
  }
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30000 }),
    menu.getByRole("menuitem", { name: entry, exact: true }).click(),
  ]);
  return download;
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile(await download.path()));
}

describe("the Export menu in Chromium", () => {
  it("exports the German example as a PDF that holds every touchpoint, metric and target", async () => {
    const firstTouchpoint = touchpointsOf(journey)[0]?.card.title ?? "";
    const page = await openMap(map.links.view, firstTouchpoint);
    const download = await exportFrom(page, "PDF, A3 landscape");
    expect(download.suggestedFilename()).toBe(`${journey.title} (A3).pdf`);
    const pdf = await readPdf(await bytesOf(download));
    expect(pdf.title).toBe(journey.title);
    for (const [w, h] of pdf.sizes) {
      expect(w).toBeCloseTo(PAPER.a3.width, 1);
      expect(h).toBeCloseTo(PAPER.a3.height, 1);
    }
    const text = squash(pdf.pages.join(" "));
    const missing: string[] = [];
    for (const { card } of touchpointsOf(journey)) {
      if (!text.includes(squash(card.title))) missing.push(card.title);
      const m = card.measurement;
      if (m === undefined) continue;
      if (!text.includes(squash(metricName(m)))) missing.push(metricName(m));
      const target = m.target === undefined ? undefined : `${words.target} ${formatNumber(m.target, "de")}`;
      if (target !== undefined && !text.includes(target)) missing.push(target);
    }
    expect(missing).toEqual([]);
    for (const german of ["„ohne Ärger“", "19,99 €", "größer geht’s nicht", "Öffnungen", "übersichtlich"]) {
      expect(text).toContain(german);
    }
    expect(text).not.toContain(GERMAN_COMMENT);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("puts the comments into an A4 PDF when Include comments is ticked", async () => {
    const page = await openMap(map.links.comment, touchpointsOf(journey)[0]?.card.title ?? "");
    const pdf = await readPdf(await bytesOf(await exportFrom(page, "PDF, A4 landscape", true)));
    for (const [w, h] of pdf.sizes) {
      expect(w).toBeCloseTo(PAPER.a4.width, 1);
      expect(h).toBeCloseTo(PAPER.a4.height, 1);
    }
    expect(squash(pdf.pages.join(" "))).toContain(GERMAN_COMMENT);
  });

  it("exports the CSV measurement plan with one row per touchpoint", async () => {
    const page = await openMap(map.links.view, touchpointsOf(journey)[0]?.card.title ?? "");
    const download = await exportFrom(page, "CSV measurement plan");
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await bytesOf(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = readCsv(new TextDecoder().decode(bytes));
    expect(header?.slice(0, 4)).toEqual([words.stage, words.touchpoint, words.channel, words.metric]);
    const touchpoints = touchpointsOf(journey);
    expect(rows).toHaveLength(touchpoints.length);
    touchpoints.forEach(({ card, stage }, i) => {
      expect(rows[i]?.slice(0, 4)).toEqual([
        stage.name,
        card.title,
        card.channel ?? "",
        card.measurement?.metric ?? "",
      ]);
      const target = card.measurement?.target;
      expect(rows[i]?.[7]).toBe(target === undefined ? "" : String(target));
    });
  });

  it("exports an SVG with every touchpoint as text and a PNG drawn by the browser", async () => {
    const page = await openMap(map.links.edit, touchpointsOf(journey)[0]?.card.title ?? "");
    const svgDownload = await exportFrom(page, "SVG image");
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = new TextDecoder().decode(await bytesOf(svgDownload));
    const texts = squash(
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .map((m) =>
          (m[1] ?? "")
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, "&"),
        )
        .join(" "),
    );
    for (const { card } of touchpointsOf(journey)) expect(texts).toContain(squash(card.title));

    const pngDownload = await exportFrom(page, "PNG image of the whole map");
    expect(pngDownload.suggestedFilename()).toBe(`${journey.title}.png`);
    const png = await bytesOf(pngDownload);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    // Two pixels per point of the sheet that holds the whole map; a blank sheet compresses to a few kB.
    const sheet = renderMapSheet(journey, { measure: await realMeasurer() });
    expect(view.getUint32(16)).toBe(Math.ceil(sheet.width * 2));
    expect(view.getUint32(20)).toBe(Math.ceil(sheet.height * 2));
    expect(png.byteLength).toBeGreaterThan(30_000);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("makes a PNG of all 24 stages of a wide map, not of its first page", async () => {
    const wide = generatedJourney(48, 24);
    const created = await createMap(app.url, { format: "outside-in.journey", version: 1, journey: wide });
    const page = await openMap(created.links.view);
    const png = await bytesOf(await exportFrom(page, "PNG image of the whole map"));
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const sheet = renderMapSheet(wide, { measure: await realMeasurer() });
    expect(sheet.svg).toContain("Stage 24");
    expect(view.getUint32(16)).toBe(Math.ceil(sheet.width * 2));
    expect(view.getUint32(20)).toBe(Math.ceil(sheet.height * 2));
    expect(view.getUint32(16)).toBeGreaterThan(PAPER.a3.width * 2 * 3);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("names the A3 and the A4 PDF apart, and keeps a Cyrillic title's letters in the file name", async () => {
    const page = await openMap(map.links.view, touchpointsOf(journey)[0]?.card.title ?? "");
    expect((await exportFrom(page, "PDF, A3 landscape")).suggestedFilename()).toBe(`${journey.title} (A3).pdf`);
    expect((await exportFrom(page, "PDF, A4 landscape")).suggestedFilename()).toBe(`${journey.title} (A4).pdf`);
    const russian = await createMap(app.url, {
      format: "outside-in.journey",
      version: 1,
      journey: { ...generatedJourney(4, 2), title: "Путь клиента" },
    });
    const other = await openMap(russian.links.view);
    expect((await exportFrom(other, "JSON journey file")).suggestedFilename()).toBe("Путь клиента.json");
    expect((await exportFrom(other, "PDF, A4 landscape")).suggestedFilename()).toBe("Путь клиента (A4).pdf");
  });

  it("shows the progress of a big map's PDF with the Export button held off until the file is there", async () => {
    const big = generatedJourney(480);
    const created = await createMap(app.url, { format: "outside-in.journey", version: 1, journey: big });
    const page = await openMap(created.links.owner);
    const downloading = page.waitForEvent("download", { timeout: 60000 });
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await page.getByRole("menuitem", { name: "PDF, A3 landscape" }).click();
    // Read in one go, so the export cannot end between the two looks: a percentage shows while the button is off.
    await page.waitForFunction(
      () => {
        const button = [...document.querySelectorAll("button[aria-haspopup='menu']")].find(
          (b) => b.textContent?.trim().startsWith("Export") ?? false,
        );
        const status = [...document.querySelectorAll("[role='status']")].map((s) => s.textContent ?? "").join(" ");
        return button?.getAttribute("aria-disabled") === "true" && /Exporting… \d+ %/.test(status);
      },
      undefined,
      { timeout: 30000, polling: "raf" },
    );
    const download = await downloading;
    const pdf = await readPdf(await bytesOf(download));
    const text = squash(pdf.pages.join(" "));
    const missing = touchpointsOf(big)
      .map(({ card }) => card.title)
      .filter((title) => !text.includes(title));
    expect(missing).toEqual([]);
    const button = page.getByRole("button", { name: "Export", exact: true });
    await expect.poll(() => button.getAttribute("aria-disabled")).toBeNull();
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});

// The start page in real Chromium: a map from a template in the chosen language, and a German file with a BOM.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { getTemplate } from "../../src/templates";
import { launchChromium, ONLINE, startApp, type RunningApp } from "./harness";

const root = resolve(import.meta.dirname, "../..");

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await app?.stop();
});

type Exported = { journey: { title: string; language: string; cards: { id: string; title: string }[] } };

/** The journey of the map the page has open, as the server exports it. */
async function openJourney(page: Page): Promise<Exported["journey"]> {
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  const url = new URL(page.url());
  const id = url.pathname.split("/").pop() ?? "";
  const token = new URLSearchParams(url.hash.slice(1)).get("token") ?? "";
  const response = await fetch(`${app.url}/api/maps/${id}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as Exported).journey;
}

const cardTitles = (cards: readonly { id: string; title: string }[]) =>
  cards.map((c) => [c.id, c.title]).sort(([a], [b]) => String(a).localeCompare(String(b)));

describe("the start page in Chromium", () => {
  it("creates a map from a template in English, with the template's English cards under the chosen title", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("new-map-title").fill("Our returns journey");
    await page.getByLabel("Start from").selectOption("online-purchase-return");
    await page.getByTestId("create-map").click();
    const journey = await openJourney(page);
    expect(journey.title).toBe("Our returns journey");
    expect(journey.language).toBe("en");
    expect(cardTitles(journey.cards)).toEqual(cardTitles(getTemplate("online-purchase-return", "en")?.cards ?? []));
    await page.close();
  });

  it("creates the German template after the interface is switched to German on the start page", async () => {
    // A context of its own, as the interface language is remembered in the browser's storage.
    const own = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await own.newPage();
    await page.goto(app.url);
    await page.getByLabel("Interface language").selectOption("de");
    await page.getByTestId("new-map-title").fill("Unser Schadenprozess");
    await page.getByLabel("Beginnen mit").selectOption("motor-claim");
    await page.getByTestId("create-map").click();
    const journey = await openJourney(page);
    expect(journey.language).toBe("de");
    expect(cardTitles(journey.cards)).toEqual(cardTitles(getTemplate("motor-claim", "de")?.cards ?? []));
    await own.close();
  });

  it("imports a German file saved with a byte order mark, umlauts and quotes intact", async () => {
    const example = await readFile(resolve(root, "tests/fixtures/phone-plan.journey.json"), "utf8");
    const title = "Tarifwechsel für Ältere – „günstig“";
    const german = example.replace('"Switch to a new phone plan"', JSON.stringify(title));
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("import-file").setInputFiles({
      name: "tarifwechsel.json",
      mimeType: "application/json",
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(german, "utf8")]),
    });
    const journey = await openJourney(page);
    expect(journey.title).toBe(title);
    await page.close();
  });
});

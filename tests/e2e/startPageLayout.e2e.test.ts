// The start page's layout in real Chromium, in German at 1024 px: a title without a space (a long German compound)
// wraps inside the list of maps instead of widening the page, so every map's remove button stays in the window; a map
// whose link was replaced on the server says so beside it; and a file with thousands of problems lists them all in a
// box that scrolls, so the page keeps its size and the list of maps stays in reach.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createMap, launchChromium, startApp, type RunningApp } from "./harness";

const root = resolve(import.meta.dirname, "../..");

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const COMPOUND =
  "Donaudampfschifffahrtsgesellschaftskapitänsmützenhalterungsschraubenproduktionsstättenbesichtigungstermin";

describe("the list of maps in this browser at 1024 px, in German", () => {
  it("keeps long titles inside the window and says which map's link was replaced", async () => {
    const titles = [COMPOUND, "ß".repeat(200), "Kundenreise „Schadenmeldung“ – Straße, Größe, 500 €"];
    const created = [];
    for (const title of titles) created.push(await createMap(app.url, { title, language: "de" }));
    const replaced = created[2]!;
    const rotate = await fetch(`${app.url}/api/maps/${replaced.id}/links/owner/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${replaced.tokens.owner}` },
    });
    expect(rotate.status).toBe(200);
    const stored = created.map((c, i) => ({
      id: c.id,
      title: titles[i],
      role: "owner",
      link: c.links.owner,
      lastOpened: `2026-12-0${i + 1}T09:00:00.000Z`,
    }));
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: "de-DE" });
    try {
      await context.addInitScript((maps) => {
        if (!localStorage.getItem("outside-in.maps")) localStorage.setItem("outside-in.maps", maps);
        localStorage.setItem("outside-in.language", "de");
      }, JSON.stringify(stored));
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByTestId("map-gone").waitFor();
      expect(await page.getByTestId("map-gone").textContent()).toBe(
        "Auf dem Server nicht gefunden: Die Map wurde gelöscht oder dieser Link ersetzt; nach dem neuen Link fragen Sie, wem die Map gehört.",
      );
      // The note goes under the title, which keeps the row's room (beside it, the title was a letter a line).
      const replacedLink = page.getByRole("link", { name: titles[2]! });
      expect(await replacedLink.evaluate((a) => a.getBoundingClientRect().width)).toBeGreaterThan(300);
      expect(await replacedLink.evaluate((a) => a.getBoundingClientRect().height)).toBeLessThan(40);
      const widths = () => page.evaluate(() => document.documentElement.scrollWidth);
      expect(await widths()).toBeLessThanOrEqual(1024);
      const removers = page.getByRole("button", { name: /aus dieser Liste entfernen/ });
      expect(await removers.count()).toBe(3);
      for (const right of await removers.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().right))) {
        expect(right).toBeLessThanOrEqual(1024);
      }
      await page.getByRole("button", { name: `„${COMPOUND}“ aus dieser Liste entfernen` }).click();
      await page.getByTestId("forgotten-map").waitFor();
      expect(await widths()).toBeLessThanOrEqual(1024);
    } finally {
      await context.close();
    }
  });

  it("lists every problem of a file with thousands in a box that scrolls, in reach of the keyboard", async () => {
    const example = JSON.parse(await readFile(resolve(root, "tests/fixtures/phone-plan.journey.json"), "utf8")) as {
      journey: { lanes: { id: string }[]; cards: { id: string; stageId: string; laneId: string; title: string }[] };
    };
    const lane = example.journey.lanes[0]!.id;
    for (let i = 0; i < 2000; i++) {
      example.journey.cards.push({ id: `x${i}`, stageId: "st_gibt_es_nicht", laneId: lane, title: "Ich prüfe" });
    }
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: "de-DE" });
    try {
      await context.addInitScript(() => localStorage.setItem("outside-in.language", "de"));
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByTestId("import-file").setInputFiles({
        name: "Workshop Größe.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(example)),
      });
      const problems = page.getByTestId("import-problem").locator("ul");
      await problems.waitFor();
      expect(await problems.locator("li").count()).toBe(2000);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1200);
      expect(await page.getByRole("heading", { name: "Maps in diesem Browser" }).isVisible()).toBe(true);
      await page.getByRole("button", { name: "JSON-Datei wählen …" }).focus();
      await page.keyboard.press("Tab");
      expect(await problems.evaluate((list) => list === document.activeElement)).toBe(true);
      await page.keyboard.press("End");
      await expect.poll(() => problems.evaluate((list) => list.scrollTop)).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

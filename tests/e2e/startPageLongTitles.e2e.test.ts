// The list of maps in this browser in real Chromium, in German at 1024 px: a title without a space (a long German
// compound) wraps inside the list instead of widening the page, so every map's remove button stays in the window;
// and a map whose link was replaced on the server says so beside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createMap, launchChromium, startApp, type RunningApp } from "./harness";

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
});

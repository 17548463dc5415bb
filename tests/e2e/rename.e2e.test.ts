// Renaming in place with the mouse, as a facilitator does: double-click a stage name, a lane name or
// a card title, type, press Enter. The canvas must not swallow the double-click to zoom.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { exampleFileValue } from "../fixtures/journeys";
import { createMap, launchChromium, ONLINE, saveScreenshots, startApp, type RunningApp } from "./harness";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openExample(): Promise<void> {
  const map = await createMap(app.url, exampleFileValue());
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(map.links.edit);
  await page.locator(ONLINE).waitFor({ timeout: 15000 });
}

describe("renaming in place", () => {
  it("renames a stage, a lane and a card by double-click, and keeps the zoom as it was", async () => {
    await openExample();
    try {
      const zoomBefore = await page.locator(".react-flow__viewport").getAttribute("style");

      const stage = page.locator('[data-testid="stage-st_compare"]');
      await stage.locator(".stage-name").dblclick();
      const stageInput = stage.locator("input.stage-name");
      await stageInput.fill("Weigh the offers");
      await stageInput.press("Enter");
      await expect.poll(() => stage.locator(".stage-name").textContent()).toBe("Weigh the offers");

      const lane = page.locator('.lane-header[data-kind="thoughts"]');
      await lane.locator(".lane-name").dblclick();
      const laneInput = lane.locator("input.lane-name");
      await laneInput.fill("What goes through my head");
      await laneInput.press("Enter");
      await expect.poll(() => lane.locator(".lane-name").textContent()).toBe("What goes through my head");

      const card = page.locator('[data-testid="card-title"]').first();
      await card.dblclick();
      const cardInput = page.locator("input.card-title-input");
      await cardInput.fill("I look at three plans side by side");
      await cardInput.press("Enter");
      await page.locator('[data-testid="card-title"]', { hasText: "I look at three plans side by side" }).waitFor();

      expect(await page.locator(".react-flow__viewport").getAttribute("style")).toBe(zoomBefore);
    } catch (error) {
      await saveScreenshots([page], "renames in place");
      throw error;
    }
  });
});

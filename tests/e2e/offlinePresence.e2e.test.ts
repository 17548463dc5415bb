// Presence when an editor's network drops, in real Chromium: the page that went offline stops showing the others
// as present at once (a dead socket used to keep their names and cursors for 30 s), and everyone is back, with
// both people's edits, when the network returns.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, OFFLINE, ONLINE, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();
const PERSON = '[data-testid="person"]';

async function openPage(link: string): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  return page;
}

async function retitle(page: Page, cardId: string, title: string): Promise<void> {
  await page.locator(`[data-testid="card-${cardId}"]`).dblclick();
  await page.keyboard.press("Control+a");
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");
}

describe("presence while an editor is offline", () => {
  it("shows nobody else as present on a page that lost its network, and everybody again once it is back", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openPage(map.links.edit);
    const bob = await openPage(map.links.edit);
    await expect.poll(() => ada.locator(PERSON).count()).toBe(2);
    // Bob's cursor is on Ada's screen while both are online.
    const pane = await bob.locator(".react-flow__pane").boundingBox();
    if (!pane) throw new Error("The canvas pane is not visible.");
    await bob.mouse.move(pane.x + 100, pane.y + 100);
    await bob.mouse.move(pane.x + 140, pane.y + 120, { steps: 4 });
    await ada.locator('[data-testid="peer-cursor"]').first().waitFor({ timeout: 2000 });

    await ada.context().setOffline(true);
    await ada.locator(OFFLINE).waitFor({ timeout: 2000 });
    // Nothing from Bob can reach Ada now: she must not see him as if he were live.
    await expect.poll(() => ada.locator(PERSON).count(), { timeout: 2000 }).toBe(1);
    expect(await ada.locator('[data-testid="peer-cursor"]').count()).toBe(0);

    await retitle(ada, "c_1", "Ada wrote this offline");
    await retitle(bob, "c_2", "Bob wrote this online");

    await ada.context().setOffline(false);
    await ada.locator(ONLINE).waitFor({ timeout: 5000 });
    await expect.poll(() => ada.locator(PERSON).count(), { timeout: 5000 }).toBe(2);
    await expect.poll(() => bob.locator(PERSON).count(), { timeout: 5000 }).toBe(2);
    await bob.locator('[data-testid="card-c_1"]', { hasText: "Ada wrote this offline" }).waitFor({ timeout: 5000 });
    await ada.locator('[data-testid="card-c_2"]', { hasText: "Bob wrote this online" }).waitFor({ timeout: 5000 });
  });

  it("shows a person who did not move again right after the network is back, not after their 15 s renewal", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openPage(map.links.edit);
    const bob = await openPage(map.links.view);
    await expect.poll(() => ada.locator(PERSON).count()).toBe(2);
    await ada.context().setOffline(true);
    await expect.poll(() => ada.locator(PERSON).count(), { timeout: 2000 }).toBe(1);
    await ada.context().setOffline(false);
    await ada.locator(ONLINE).waitFor({ timeout: 5000 });
    // Bob, a viewer, did nothing meanwhile: his state comes back with the clock Ada's page already knew.
    await expect.poll(() => ada.locator(PERSON).count(), { timeout: 3000 }).toBe(2);
    await expect.poll(() => bob.locator(PERSON).count(), { timeout: 3000 }).toBe(2);
  });
});

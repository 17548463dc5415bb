// The journey tab between two people in real Chromium: Anna saves the journey's owner by leaving the field while Ada
// types there, and Ada's note names Anna (her presence names the field until her change has gone out); then Ada sits
// in the field without typing, Anna changes it again, and Ada's screen reader is told so, once, naming her.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  const page = await openAsPerson(context, link, name);
  await page.locator("#tab-journey").click();
  return page;
}

function mapFile() {
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "e2e",
      title: "Switch plans",
      language: "en",
      stages: [{ id: "st_1", name: "Compare offers" }],
      lanes: [{ id: "ln_do", name: "What I do", kind: "actions" }],
      cards: [{ id: "c_1", stageId: "st_1", laneId: "ln_do", title: "I compare two plans" }],
      connections: [],
      comments: [],
    },
  };
}

const owner = '[data-testid="journey-owner"]';
const saidAt = (page: Page) =>
  page.locator(owner).evaluate((el) => el.closest(".field")?.querySelector('[aria-live="polite"]')?.textContent ?? "");

describe("a journey field two people change", () => {
  it("names the colleague in the note and in what a screen reader is told", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const ada = await openAs(map.links.edit, "Ada");
    const anna = await openAs(map.links.edit, "Anna Müller");

    await ada.locator(owner).click();
    await ada.locator(owner).pressSequentially("Claims");
    await anna.locator(owner).fill("Customer service");
    await anna.locator(owner).press("Tab");
    await expect
      .poll(() => ada.locator('[data-testid="journey-panel"] [role="status"]').textContent(), { timeout: 3000 })
      .toContain('While you were typing, Anna Müller changed this field to "Customer service".');

    // Escape keeps Anna's text; Ada stays in the field without typing.
    await ada.locator(owner).press("Escape");
    await expect.poll(() => ada.locator(owner).inputValue()).toBe("Customer service");
    await anna.locator(owner).fill("Customer care");
    await anna.locator(owner).press("Enter");
    await expect.poll(() => ada.locator(owner).inputValue(), { timeout: 3000 }).toBe("Customer care");
    await expect
      .poll(() => saidAt(ada), { timeout: 3000 })
      .toBe('Anna Müller changed "Journey owner" to "Customer care".');
    await expect(ada.locator(owner).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Anna, whose Enter saved it and left her in the field, is told nothing of her own change (Ada's sentence
    // came after the same wait).
    expect(await saidAt(anna)).toBe("");
  });
});

// Ada, offline, renames a card and saves it; Anna, online, deletes that card. When Ada is back, Yjs drops Ada's title
// with the card on every page: Ada's page keeps it in the notice (her change never reached Anna), and puts it back
// as a new card that Anna sees. Real pages, server and presence: a page that lost its connection hears no one.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { createMap, OFFLINE, ONLINE, openAsPerson, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, page: await openAsPerson(context, link, name) };
}

describe("a card title saved offline while a colleague deletes the card", () => {
  it("is kept on the page that saved it when it is back online, and puts the card back for both", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openAs(map.links.edit, "Ada");
    const anna = await openAs(map.links.edit, "Anna Müller");

    await ada.context.setOffline(true);
    await ada.page.waitForSelector(OFFLINE, { timeout: 5000 });
    await ada.page.locator('[data-testid="card-c_1"]').dblclick();
    const input = ada.page.getByLabel("Title", { exact: true }).first();
    await input.fill("Ich vergleiche zwei Tarife „online“");
    await input.press("Enter");
    await ada.page.locator('[data-testid="card-c_1"]', { hasText: "Ich vergleiche zwei Tarife" }).waitFor();

    await anna.page.locator('[data-testid="card-c_1"]').click();
    await anna.page.keyboard.press("Delete");
    await anna.page.locator('[data-testid="card-c_1"]').waitFor({ state: "detached" });
    expect(await ada.page.getByTestId("kept-text").count()).toBe(0);

    await ada.context.setOffline(false);
    await ada.page.waitForSelector(ONLINE, { timeout: 15000 });
    const notice = ada.page.getByTestId("kept-text");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toMatch(
      // The title's own quotation marks are the inner ones in the sentence.
      /(Someone|Anna Müller) deleted the card “Ich vergleiche zwei Tarife ‘online’” before your change to it reached/,
    );
    expect(await notice.getByLabel("Your text (Title)").inputValue()).toBe("Ich vergleiche zwei Tarife „online“");
    expect(await ada.page.getByTestId("kept-text").count()).toBe(1);

    await notice.getByRole("button", { name: "Put it back as a new card" }).click();
    await notice.waitFor({ state: "detached" });
    await anna.page
      .locator(".react-flow__node-card", { hasText: "Ich vergleiche zwei Tarife „online“" })
      .waitFor({ timeout: 5000 });
    // Anna's page, which deleted it, was told nothing.
    expect(await anna.page.getByTestId("kept-text").count()).toBe(0);
  });
});

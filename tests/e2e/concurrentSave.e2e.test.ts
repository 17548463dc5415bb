// Ada, offline, and Anna, online, save the same card's title; when Ada is back, Yjs keeps one title on both pages.
// The page whose title lost keeps it in a notice that names the other ("Anna Müller's change to “Title” … won"),
// and Use mine writes it back for both; the page whose title won is told nothing, also after Use mine. Which title
// wins depends on the pages' Yjs client ids, so the test finds out and checks the loser's page.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { ENGLISH_QUOTES, quoted } from "../../src/i18n/quotes";
import { createMap, OFFLINE, ONLINE, openAsPerson, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, page: await openAsPerson(context, link, name) };
}

async function retitle(page: Page, title: string): Promise<void> {
  await page.locator('[data-testid="card-c_1"]').dblclick();
  const input = page.getByLabel("Title", { exact: true }).first();
  await input.fill(title);
  await input.press("Enter");
  await page.locator('[data-testid="card-c_1"]', { hasText: title }).waitFor();
}

const cardText = async (page: Page) => (await page.locator('[data-testid="card-c_1"]').textContent()) ?? "";

describe("a card title two people saved at the same moment", () => {
  it("is kept on the page whose title lost, naming the other, and Use mine writes it back for both", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = { ...(await openAs(map.links.edit, "Ada")), name: "Ada", title: "Ich vergleiche „zwei“ Tarife" };
    const anna = {
      ...(await openAs(map.links.edit, "Anna Müller")),
      name: "Anna Müller",
      title: "Ich vergleiche Preise",
    };

    await ada.context.setOffline(true);
    await ada.page.waitForSelector(OFFLINE, { timeout: 5000 });
    await retitle(ada.page, ada.title);
    await retitle(anna.page, anna.title);
    await ada.context.setOffline(false);
    await ada.page.waitForSelector(ONLINE, { timeout: 15000 });

    // Both pages end with the same title, one of the two.
    await expect
      .poll(
        async () => {
          const [a, b] = [await cardText(ada.page), await cardText(anna.page)];
          const won = (t: string) => (t.includes(ada.title) ? "Ada" : t.includes(anna.title) ? "Anna" : "none");
          return won(a) === won(b) ? won(a) : "apart";
        },
        { timeout: 10000 },
      )
      .toMatch(/^(Ada|Anna)$/);
    const [winner, loser] = (await cardText(ada.page)).includes(ada.title) ? [ada, anna] : [anna, ada];

    const notice = loser.page.getByTestId("kept-text");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain(
      // The title's own quotation marks are the inner ones in the sentence: “Ich vergleiche ‘zwei’ Tarife”.
      `change to “Title” of the card ${quoted(winner.title, ENGLISH_QUOTES)} at the same moment won; yours was:`,
    );
    expect(await notice.textContent()).toMatch(new RegExp(`^(${winner.name}|A colleague)'s change`));
    expect(await notice.getByLabel("Your text (Title)").inputValue()).toBe(loser.title);
    expect(await winner.page.getByTestId("kept-text").count()).toBe(0);

    await notice.getByRole("button", { name: "Use mine" }).click();
    await notice.waitFor({ state: "detached" });
    await winner.page.locator('[data-testid="card-c_1"]', { hasText: loser.title }).waitFor({ timeout: 5000 });
    // The winner's page had the loser's title replace its own, written over it: an ordinary edit, nothing to keep.
    await winner.page.waitForTimeout(500);
    expect(await winner.page.getByTestId("kept-text").count()).toBe(0);
  });
});

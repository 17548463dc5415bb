// A person types into a field that saves on Enter or on leaving it, and then reloads or closes the tab without
// either: leaving the page fires no blur, so what was typed went with the page. It is saved on the way out, and the
// server (and so every colleague) has it, German typography intact.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { createMap, serverCard, OFFLINE, ONLINE, openAsPerson, twoCardMapFile, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, page: await openAsPerson(context, link, name) };
}

describe("a text typed into a field and not yet saved when the page goes", () => {
  it("is saved when the page reloads with a card title open on the map", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openAs(map.links.edit, "Ada");
    await ada.page.locator('[data-testid="card-c_1"]').click();
    await ada.page.keyboard.press("Enter");
    await ada.page.locator('.react-flow__node-card[data-id="c_1"] input').waitFor();
    await ada.page.keyboard.type("Ich kündige „sofort“ – Grüße, 5 €", { delay: 5 });
    await ada.page.reload();
    await ada.page.waitForSelector(ONLINE, { timeout: 15000 });
    await waitFor(
      async () =>
        (await serverCard(suite.app.url, map.id, map.tokens.owner, "c_1"))["title"] ===
        "Ich kündige „sofort“ – Grüße, 5 €",
      5000,
      "the typed title on the server",
    );
    await ada.page.locator('[data-testid="card-c_1"]', { hasText: "Ich kündige „sofort“" }).waitFor();
  });

  it("is saved when the tab is closed with an inspector field open", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openAs(map.links.edit, "Ada");
    await ada.page.locator('[data-testid="card-c_2"]').click();
    const owner = ada.page.getByTestId("card-inspector").getByLabel("Owner inside the company", { exact: true });
    await owner.click();
    await ada.page.keyboard.type("Jürgen Weiß", { delay: 5 });
    // Another page of the same browser stays, so that the context lives on; the closed one never pressed Enter.
    const other = await ada.context.newPage();
    await ada.page.close({ runBeforeUnload: true });
    await waitFor(
      async () => (await serverCard(suite.app.url, map.id, map.tokens.owner, "c_2"))["owner"] === "Jürgen Weiß",
      5000,
      "the typed owner on the server",
    );
    expect((await serverCard(suite.app.url, map.id, map.tokens.owner, "c_2"))["title"]).toBe("Price table");
    await other.close();
  });

  it("is saved when the tab is closed offline with a card title open, and sent on the next visit", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openAs(map.links.edit, "Ada");
    await ada.context.setOffline(true);
    await ada.page.waitForSelector(OFFLINE, { timeout: 5000 });
    await ada.page.locator('[data-testid="card-c_1"]').click();
    await ada.page.keyboard.press("Enter");
    await ada.page.locator('.react-flow__node-card[data-id="c_1"] input').waitFor();
    await ada.page.keyboard.type("Im Zug getippt – Größe „Ü“", { delay: 5 });
    const next = await ada.context.newPage();
    await ada.page.close({ runBeforeUnload: true });
    await next.waitForTimeout(500);
    await ada.context.setOffline(false);
    await next.goto(map.links.edit);
    await next.waitForSelector(ONLINE, { timeout: 15000 });
    await waitFor(
      async () =>
        (await serverCard(suite.app.url, map.id, map.tokens.owner, "c_1"))["title"] === "Im Zug getippt – Größe „Ü“",
      5000,
      "the title typed offline on the server",
    );
  });
});

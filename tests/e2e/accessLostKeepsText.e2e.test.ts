// The owner replaces the edit link while an editor has typed a card's title and not saved it: the page loses its
// access, refuses to save, and keeps the text in its field. Closing the tab used to take the text with it. It is kept
// in the browser instead: opening the map with the new link offers it to copy or put back, and the start page too.
import { describe, expect, it } from "vitest";
import { createMap, serverCard, ONLINE, openAsPerson, twoCardMapFile, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("text typed on a page whose edit link is replaced", () => {
  it("is offered again, after the tab is closed, when the map opens with the new link", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openAsPerson(context, map.links.edit, "Ada");
    await page.locator('[data-testid="card-c_1"]').click();
    await page.keyboard.press("Enter");
    const title = page.locator('.react-flow__node-card[data-id="c_1"] input');
    await title.waitFor();
    await page.keyboard.type("Ich kündige „sofort“", { delay: 5 });

    const rotated = await fetch(`${suite.app.url}/api/maps/${map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    const { link } = (await rotated.json()) as { link: string };
    await page.getByTestId("access-lost").waitFor({ timeout: 5000 });
    // Typed on after the page said so: the field still takes it, and keeps it.
    await title.focus();
    await page.keyboard.type(" – Grüße, 5 €", { delay: 5 });
    await expect.poll(() => title.inputValue()).toBe("Ich kündige „sofort“ – Grüße, 5 €");

    // Another page of the same browser stays, so that the context (and its storage) lives on.
    const next = await context.newPage();
    await page.close({ runBeforeUnload: true });
    await next.goto(link);
    await next.waitForSelector(ONLINE, { timeout: 15000 });
    const notice = next.getByTestId("kept-text");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.innerText()).toContain("what you typed into “Title” of the card “I compare two plans”");
    expect(await notice.getByRole("textbox").inputValue()).toBe("Ich kündige „sofort“ – Grüße, 5 €");
    // Nothing was sent under the lost link, nor by opening the new one.
    expect((await serverCard(suite.app.url, map.id, map.tokens.owner, "c_1"))["title"]).toBe("I compare two plans");

    // The start page of this browser offers it too.
    const start = await context.newPage();
    await start.goto(suite.app.url);
    const offer = start.getByTestId("kept-after-loss");
    await offer.waitFor({ timeout: 5000 });
    expect(await offer.getByRole("textbox").inputValue()).toBe("Ich kündige „sofort“ – Grüße, 5 €");
    await start.close();

    await notice.getByRole("button", { name: "Put it back into the map" }).click();
    await waitFor(
      async () =>
        (await serverCard(suite.app.url, map.id, map.tokens.owner, "c_1"))["title"] ===
        "Ich kündige „sofort“ – Grüße, 5 €",
      5000,
      "the kept title on the server",
    );
    await expect.poll(() => next.getByTestId("kept-text").count()).toBe(0);
    expect(await next.evaluate((id) => localStorage.getItem(`outside-in.kept:${id}`), map.id)).toBeNull();
  });

  it("is kept from an inspector field left open, and offered under the old link's sentence too", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openAsPerson(context, map.links.edit, "Ada");
    await page.locator('[data-testid="card-c_2"]').click();
    const description = page.getByTestId("card-inspector").getByLabel("Description", { exact: true });
    await description.click();
    await page.keyboard.type("Kunden vergleichen „Preis“ und Größe – ohne Eile.", { delay: 5 });

    const rotated = await fetch(`${suite.app.url}/api/maps/${map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    await page.getByTestId("access-lost").waitFor({ timeout: 5000 });
    const next = await context.newPage();
    await page.close({ runBeforeUnload: true });

    // The old link no longer opens the map; its page offers the text to copy.
    await next.goto(map.links.edit);
    await next.getByTestId("page-error").waitFor({ timeout: 10000 });
    const offer = next.getByTestId("kept-after-loss");
    await offer.waitFor({ timeout: 5000 });
    expect(await offer.innerText()).toContain("what you typed into “Description” of the card “Price table”");
    expect(await offer.getByRole("textbox").inputValue()).toBe("Kunden vergleichen „Preis“ und Größe – ohne Eile.");
    expect((await serverCard(suite.app.url, map.id, map.tokens.owner, "c_2"))["description"]).toBeUndefined();
  });
});

// Stakeholders on a view or comment link: a link pasted the way mail programs pass it on still opens the map, a
// comment link changes nothing on the map with keys, drag or double-click, and a commenter whose link is replaced
// while typing keeps the keyboard, is told the comment stays, and is handed no dead link to share.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, serverJourney, twoCardMapFile, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openPage(link: string, options: { locale?: string; width?: number } = {}): Promise<Page> {
  const context = await suite.newContext({
    locale: options.locale ?? "en-US",
    viewport: { width: options.width ?? 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  return page;
}

async function exported(mapId: string, ownerToken: string): Promise<string> {
  return JSON.stringify(await serverJourney(suite.app.url, mapId, ownerToken));
}

describe("a stakeholder's link", () => {
  it("opens the map when pasted with a blank or the sentence's full stop after the token, or its # escaped", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    for (const link of [`${map.links.view}%20`, `${map.links.view}).`, map.links.view.replace("#", "%23")]) {
      const page = await openPage(link);
      await page.locator(".react-flow__node-card", { hasText: "Price table" }).waitFor();
      expect(await page.getByTestId("access-lost").count()).toBe(0);
      expect(await page.locator('[data-testid="read-only-badge"]').textContent()).toBe("View only");
      // The address bar, the share dialog and the start page's list then hold the link as it was written.
      expect(page.url()).toBe(map.links.view);
    }
  });

  it("on a comment link changes nothing on the map by keys, drag or double-click", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const before = await exported(map.id, map.tokens.owner);
    const page = await openPage(map.links.comment);
    const card = page.locator(".react-flow__node-card", { hasText: "Price table" });
    await card.click();
    for (const key of ["Delete", "Backspace", "Control+z", "Control+y", "Alt+ArrowUp", "Alt+ArrowRight", "n", "F2"]) {
      await page.keyboard.press(key);
    }
    await page.keyboard.type("typed");
    await card.dblclick();
    await page.keyboard.type("renamed");
    await page.keyboard.press("Enter");
    const box = await card.boundingBox();
    if (!box) throw new Error("card not on screen");
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y - 120, { steps: 8 });
    await page.mouse.up();
    await page.locator(".react-flow__node-stageHeader").first().dblclick();
    await page.keyboard.type("Stage renamed");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(500);
    expect(await exported(map.id, map.tokens.owner)).toBe(before);
    await expect(page.locator(".react-flow__node-card").allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining("Price table"), expect.stringContaining("I compare two plans")]),
    );
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("replaced while a commenter types: the notice keeps the keyboard and the comment, in German at 1024 px", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const commenter = await openPage(map.links.comment, { locale: "de-DE", width: 1024 });
    await commenter.getByRole("tab", { name: "Kommentare" }).click();
    const box = commenter.getByPlaceholder("Kommentar schreiben", { exact: false });
    await box.click();
    await commenter.keyboard.type("Gebühren prüfen – „wichtig“");

    const rotated = await fetch(`${suite.app.url}/api/maps/${map.id}/links/comment/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    const { link } = (await rotated.json()) as { link: string };

    const notice = commenter.getByTestId("access-lost");
    await notice.waitFor({ timeout: 3000 });
    await expect(notice.textContent()).resolves.toContain(
      "Ihr nicht gesendeter Kommentar bleibt in diesem Browser: Öffnen Sie die Map hier mit einem neuen Link, dann wird er Ihnen wieder angeboten.",
    );
    // The comment box went with the right to comment; the keyboard is on the notice, not lost on the page.
    await waitFor(
      () => commenter.evaluate(() => document.activeElement?.getAttribute("data-testid") === "access-lost"),
      2000,
      "the focus on the notice",
    );

    // The header wraps at this width; Share keeps the right end of its row instead of floating in the middle.
    const share = await commenter.getByTestId("open-share").boundingBox();
    expect((share?.x ?? 0) + (share?.width ?? 0)).toBeGreaterThan(1024 - 40);

    await commenter.getByTestId("open-share").click();
    await expect(commenter.getByTestId("share-dialog").textContent()).resolves.toContain(
      "Der Link dieser Seite öffnet die Map nicht mehr",
    );
    expect(await commenter.getByTestId("share-this-page").count()).toBe(0);
    await commenter.keyboard.press("Escape");

    // Reloaded, the old link no longer opens the map, and the page still says where the comment is.
    await commenter.reload();
    await expect(commenter.getByTestId("page-error").textContent()).resolves.toContain(
      "Ihr nicht gesendeter Kommentar bleibt in diesem Browser",
    );

    // The new link in the same browser finds the comment in its box again.
    await commenter.goto(link);
    await commenter.waitForSelector(ONLINE, { timeout: 15000 });
    await commenter.getByRole("tab", { name: "Kommentare" }).click();
    await expect(box.inputValue()).resolves.toBe("Gebühren prüfen – „wichtig“");
  });
});

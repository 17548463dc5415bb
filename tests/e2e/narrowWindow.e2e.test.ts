// A workshop laptop (1024 × 700) with the interface in German: the map's title, the header's buttons and the
// canvas's zoom buttons all stay on screen, none covered or cut.
import { describe, expect, it } from "vitest";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("the editor in a narrow window", () => {
  it("shows the map's title, one-line header buttons and zoom buttons the legend does not cover", async () => {
    const file = twoCardMapFile();
    file.journey.title = "Kfz-Schadensmeldung: Versicherungsbestätigungsschreiben für Großkunden";
    const map = await createMap(suite.app.url, file);
    const context = await suite.newContext({ locale: "de-DE", viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.locator(".react-flow__node-card").first().waitFor({ timeout: 10000 });
    await page.getByRole("button", { name: "Meinen Namen ändern" }).waitFor();

    const title = await page.getByTestId("map-title").boundingBox();
    expect(title?.width ?? 0).toBeGreaterThan(150);

    const wrapped = await page
      .locator(".editor-header button")
      .evaluateAll((buttons) =>
        buttons
          .filter((b) => b.getBoundingClientRect().height > 40 || b.scrollHeight > b.clientHeight + 1)
          .map((b) => b.textContent),
      );
    expect(wrapped).toEqual([]);

    const legend = await page.getByTestId("legend").boundingBox();
    const controls = await page.locator(".react-flow__controls").boundingBox();
    if (!legend || !controls) throw new Error("legend or zoom buttons not on screen");
    const overlap = legend.x < controls.x + controls.width && controls.x < legend.x + legend.width;
    const overlapY = legend.y < controls.y + controls.height && controls.y < legend.y + legend.height;
    expect(overlap && overlapY).toBe(false);
  });

  it("shows every header button whole and my own name in German at 1280 px, the long title cut with a tooltip", async () => {
    const file = twoCardMapFile();
    file.journey.title = "Kfz-Schadensmeldung: Versicherungsbestätigungsschreiben für Großkunden";
    const map = await createMap(suite.app.url, file);
    const context = await suite.newContext({ locale: "de-DE", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.locator(".react-flow__node-card").first().waitFor({ timeout: 10000 });
    await page.getByRole("button", { name: "Meinen Namen ändern" }).waitFor();
    // A button cut by the people list's box or pushed past the window is not what the page shows at its middle.
    const hidden = await page.locator(".editor-header button").evaluateAll((buttons) =>
      buttons
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return r.right > window.innerWidth || hit === null || !b.contains(hit);
        })
        .map((b) => b.getAttribute("aria-label") ?? b.textContent),
    );
    expect(hidden).toEqual([]);
    const own = page.locator('[data-self="true"] span[title]');
    const name = await own.getAttribute("title");
    expect(name).toBeTruthy();
    expect(await own.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await page.getByTestId("map-title").getAttribute("title")).toBe(file.journey.title);
    // The header, the toolbar and the side panel's tabs each keep one row, no tab name cut.
    expect((await page.locator(".editor-header").boundingBox())?.height ?? 999).toBeLessThan(60);
    expect((await page.locator(".toolbar").boundingBox())?.height ?? 999).toBeLessThan(60);
    const cutTabs = await page
      .getByRole("tab")
      .evaluateAll((tabs) =>
        tabs
          .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > window.innerWidth)
          .map((t) => t.textContent),
      );
    expect(cutTabs).toEqual([]);
  });

  it("keeps the header one row in a mid-size window when the map's title is short", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.locator(".react-flow__node-card").first().waitFor({ timeout: 10000 });
    const share = await page.getByTestId("open-share").boundingBox();
    const title = await page.getByTestId("map-title").boundingBox();
    if (!share || !title) throw new Error("title or Share button not on screen");
    expect(Math.abs(share.y + share.height / 2 - (title.y + title.height / 2))).toBeLessThan(8);
  });
});

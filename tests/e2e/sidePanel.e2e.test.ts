// The side panel's tabs in Chromium: each opens at its top. One scrolling body kept the last tab's offset, so the
// checks opened halfway down their list (past the first findings) after a long inspector had been scrolled down.
import { describe, expect, it } from "vitest";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("the side panel's tabs", () => {
  it("each open at their top after another was scrolled down", async () => {
    const file = twoCardMapFile();
    // Twelve touchpoints without a channel or measurement point: a long list of findings.
    const more = Array.from({ length: 12 }, (_, i) => ({
      id: `tp_${i}`,
      stageId: "st_1",
      laneId: "ln_tp",
      title: `Reminder ${i + 1}`,
    }));
    const c2 = {
      ...file.journey.cards[1]!,
      measurement: { metric: "CES", question: "How easy was it?", scale: "1-7", target: 5.5, source: "Survey" },
    };
    const journey = { ...file.journey, cards: [file.journey.cards[0]!, c2, ...more] };
    const map = await createMap(suite.app.url, { ...file, journey });
    // Low enough that the inspector of a touchpoint (its measurement point's fields) scrolls.
    const page = await (await suite.newContext({ viewport: { width: 1280, height: 600 } })).newPage();
    await page.goto(map.links.edit);
    await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
    await page.getByTestId("rf__node-c_2").click();
    await page.getByTestId("card-inspector").waitFor();
    const body = page.locator(".tab-body");
    const box = (await body.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
    const scrolled = await body.evaluate((el) => el.scrollTop);
    await page.getByRole("tab", { name: "Checks" }).click();
    await page.getByRole("tabpanel", { name: "Checks" }).waitFor();
    // The findings are a longer list than the inspector was: an offset kept from it would show.
    expect(await body.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(scrolled);
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
  });
});

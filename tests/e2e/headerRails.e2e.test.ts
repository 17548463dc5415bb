// Zoomed far out, the map's own stage and lane names shrink below reading size: rails along the canvas's top and
// left edge name every stage column and lane row at 12 px, each name over its column or row, in real Chromium.
import { describe, expect, it } from "vitest";
import { createMap } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

function wideMap() {
  const stages = Array.from({ length: 12 }, (_, i) => ({ id: `st_${i}`, name: `Schritt ${i + 1}` }));
  const lanes = Array.from({ length: 5 }, (_, i) => ({ id: `ln_${i}`, name: `Ebene ${i + 1}`, kind: "actions" }));
  const cards = stages.map((s, i) => ({ id: `cd_${i}`, stageId: s.id, laneId: "ln_4", title: `Ich tue ${i}` }));
  return {
    format: "outside-in.journey",
    version: 1,
    journey: { id: "rails", title: "Rails", language: "de", stages, lanes, cards, connections: [], comments: [] },
  };
}

describe("the header rails", () => {
  it("name each stage over its column and each lane beside its row, readable, when the map is zoomed far out", async () => {
    const map = await createMap(suite.app.url, wideMap());
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });

    const stageNames = page.locator('[data-testid="rail-stages"] .rail-name');
    await expect.poll(() => stageNames.count(), { timeout: 5000 }).toBe(12);
    const laneNames = page.locator('[data-testid="rail-lanes"] .rail-name');
    expect(await laneNames.allTextContents()).toEqual(["Ebene 1", "Ebene 2", "Ebene 3", "Ebene 4", "Ebene 5"]);
    for (const name of [stageNames.first(), laneNames.first()]) {
      expect(await name.evaluate((el) => getComputedStyle(el).fontSize)).toBe("12px");
    }
    // The map's own header of a stage, at this zoom far below 12 px, sits right under its name in the rail.
    for (const i of [0, 5, 11]) {
      const header = await page.getByTestId(`stage-st_${i}`).boundingBox();
      const name = await stageNames.nth(i).boundingBox();
      if (!header || !name) throw new Error("stage header or its name not on screen");
      expect(Math.abs(name.x - header.x)).toBeLessThan(2);
      expect(Math.abs(name.width - header.width)).toBeLessThan(2);
    }
    const row = await page.getByTestId("lane-ln_3").boundingBox();
    const lane = await laneNames.nth(3).boundingBox();
    if (!row || !lane) throw new Error("lane header or its name not on screen");
    expect(Math.abs(lane.y - row.y)).toBeLessThan(2);
  });
});

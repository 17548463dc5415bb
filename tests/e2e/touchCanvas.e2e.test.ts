// The canvas on a touch screen, where React Flow needs the canvas's help: a tap on the map's empty space, an
// on-screen keyboard that makes the page smaller (under a card's title or a lane's name being typed), and a card drag
// that a second finger gives up.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, serverCard, serverJourney, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

type Point = { x: number; y: number };

async function openOnTouchScreen() {
  const map = await createMap(suite.app.url, twoCardMapFile());
  const context = await suite.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(map.links.edit);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  await page.waitForSelector(ONLINE);
  const cdp = await context.newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: readonly Point[]) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  return { map, page, touch };
}

async function middleOf(page: Page, testId: string): Promise<Point> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe("the canvas on a touch screen", () => {
  it("takes a tap on a cell for a click: it picks the cell and clears the selection, so that Add card adds there", async () => {
    const { page } = await openOnTouchScreen();
    const card = await middleOf(page, "card-c_1");
    await page.touchscreen.tap(card.x, card.y);
    await expect.poll(() => page.getByTestId("card-c_1").getAttribute("class")).toContain("selected");
    const cell = await page.getByTestId("cell-st_1-ln_tp").boundingBox();
    if (!cell) throw new Error("the cell is not on screen");
    // Below the cell's card, left of its "+".
    await page.touchscreen.tap(cell.x + 20, cell.y + cell.height - 12);
    await expect.poll(() => page.getByTestId("cell-st_1-ln_tp").getAttribute("class")).toContain("active");
    expect(await page.getByTestId("card-c_1").getAttribute("class")).not.toContain("selected");
    await page.getByRole("button", { name: "Add card" }).tap();
    await expect.poll(() => page.locator("input.card-title-input").count()).toBe(1);
  });

  it("keeps the card whose title is typed in view when an on-screen keyboard makes the page smaller", async () => {
    const { map, page } = await openOnTouchScreen();
    // The lower card: a keyboard over the bottom half of the screen leaves it below the canvas's edge.
    const card = await middleOf(page, "card-c_2");
    await page.touchscreen.tap(card.x, card.y);
    await page.waitForTimeout(120); // two taps as a finger makes them: taps closer than 40 ms count as one
    await page.touchscreen.tap(card.x, card.y);
    await page.locator("input.card-title-input").waitFor();
    await page.setViewportSize({ width: 1280, height: 420 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("card-title-input") ?? false))
      .toBe(true);
    await page.keyboard.type("Price table on the tablet");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await serverCard(suite.app.url, map.id, map.tokens.edit, "c_2"))["title"])
      .toBe("Price table on the tablet");
    expect(await page.locator(".react-flow__node-card").count()).toBe(2);
  });

  it("keeps a lane header whose name is typed in view when an on-screen keyboard makes the page smaller", async () => {
    const { map, page } = await openOnTouchScreen();
    // The lower lane's name: a keyboard over the bottom half of the screen leaves its header below the canvas's edge.
    const box = await page.locator('[data-testid="lane-ln_tp"] .lane-name').boundingBox();
    if (!box) throw new Error("the lane's name is not on screen");
    const name = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.touchscreen.tap(name.x, name.y);
    await page.waitForTimeout(120); // two taps as a finger makes them: taps closer than 40 ms count as one
    await page.touchscreen.tap(name.x, name.y);
    await page.locator("input.lane-name").waitFor();
    await page.keyboard.type("Shop");
    await page.setViewportSize({ width: 1280, height: 420 });
    // The map has taken the smaller canvas in: two frames after it was measured.
    await page.waitForFunction(() => (document.querySelector(".react-flow")?.clientHeight ?? 1000) < 420);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("lane-name") ?? false))
      .toBe(true);
    const field = await page.locator("input.lane-name").boundingBox({ timeout: 2000 });
    const canvas = await page.getByTestId("canvas").boundingBox();
    if (!field || !canvas) throw new Error("the field or the canvas is not on screen");
    expect(field.y).toBeGreaterThanOrEqual(canvas.y);
    expect(field.y + field.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    // The field goes on with what was typed; an "n" would add a card, were it to reach the map.
    await page.keyboard.type(" near the station");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () =>
        (await serverJourney(suite.app.url, map.id, map.tokens.edit)).lanes.find((l) => l.id === "ln_tp"),
      )
      .toMatchObject({ name: "Shop near the station" });
    expect((await serverJourney(suite.app.url, map.id, map.tokens.edit)).cards).toHaveLength(2);
  });

  it("puts a card back in its place, writing nothing, when a second finger gives its drag up", async () => {
    const { map, page, touch } = await openOnTouchScreen();
    const finger = await middleOf(page, "card-c_1");
    await touch("touchStart", [finger]);
    for (let i = 1; i <= 6; i++) await touch("touchMove", [{ x: finger.x, y: finger.y + 25 * i }]);
    await page.locator('.react-flow__node.dragging[data-id="c_1"]').waitFor();
    // The second finger on the empty map, right of the grid.
    const canvas = await page.getByTestId("canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    const empty = { x: canvas.x + canvas.width - 80, y: finger.y };
    await touch("touchStart", [{ x: finger.x, y: finger.y + 150 }, empty]);
    await touch("touchMove", [
      { x: finger.x, y: finger.y + 140 },
      { x: empty.x + 20, y: empty.y },
    ]);
    await touch("touchEnd", []);
    // Back in its cell (the map may have zoomed with the two fingers), not left where the finger was.
    const inItsCell = async () => {
      const card = await page.getByTestId("card-c_1").boundingBox();
      const cell = await page.getByTestId("cell-st_1-ln_do").boundingBox();
      if (!card || !cell) return false;
      const middle = card.y + card.height / 2;
      return middle > cell.y && middle < cell.y + cell.height;
    };
    await expect.poll(inItsCell).toBe(true);
    expect((await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["laneId"]).toBe("ln_do");
  });
});

// Selecting several cards with a finger, as on a workshop's big display or a participant's tablet: a long press adds a
// card to the selection or takes it out (a mouse's Shift-click), and one finger drags the selected cards together.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, serverJourney } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

type Point = { x: number; y: number };

/** Three stages, two lanes, four cards: at 1280 × 800 the fitted map is at full size. */
function workshopMap() {
  const card = (id: string, stageId: string, laneId: string, title: string) => ({ id, stageId, laneId, title });
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "touch-select",
      title: "Switch plans",
      language: "en",
      stages: [
        { id: "st_1", name: "Compare offers", customerGoal: "I want to see which plan fits me" },
        { id: "st_2", name: "Sign up", customerGoal: "I want to switch without a gap" },
        { id: "st_3", name: "First bill", customerGoal: "I want to pay what I was promised" },
      ],
      lanes: [
        { id: "ln_do", name: "What I do", kind: "actions" },
        { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
      ],
      cards: [
        card("c_1", "st_1", "ln_do", "I compare two plans"),
        card("c_2", "st_1", "ln_tp", "Price table"),
        card("c_3", "st_2", "ln_do", "I fill in the form"),
        card("c_4", "st_3", "ln_tp", "The bill by e-mail"),
      ],
      connections: [],
      comments: [],
    },
  };
}

async function openOnTouchScreen(link: string) {
  const context = await suite.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  await page.waitForSelector(ONLINE);
  // Clicks on cards: after a long press the browser may click (select the card alone) and double-click (edit it).
  await page.evaluate(() => {
    const w = window as unknown as { cardClicks: number };
    w.cardClicks = 0;
    for (const type of ["click", "dblclick"])
      window.addEventListener(type, (e) => {
        if (e.target instanceof Element && e.target.closest(".react-flow__node")) w.cardClicks += 1;
      });
  });
  const cardClicks = () => page.evaluate(() => (window as unknown as { cardClicks: number }).cardClicks);
  const cdp = await context.newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: readonly Point[]) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  const selected = (id: string) => page.locator(`.react-flow__node.selected[data-id="${id}"]`);
  // The context menu a touch screen's browser opens for a long press (Chrome on Android as the press is held, on
  // Windows as the finger lifts; this Chromium opens none for CDP touches), sent as it sends it: whether the page
  // would let it open.
  const menuOpens = (id: string) =>
    page
      .getByTestId(`card-${id}`)
      .getByTestId("card-view")
      .evaluate((el) => el.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true })));
  /**
   * A finger rests on the card, trembling a little; its outline shows while the finger is still down. Then the finger
   * lifts, or first moves off (`slide`), as a hand may when it lets go: that moves nothing.
   */
  const longPress = async (id: string, select: boolean, slide = false) => {
    const at = await middleOf(page, `card-${id}`);
    const clicks = await cardClicks();
    await touch("touchStart", [at]);
    await touch("touchMove", [{ x: at.x + 5, y: at.y - 4 }]);
    await expect.poll(() => selected(id).count(), { timeout: 3000 }).toBe(select ? 1 : 0);
    expect(await menuOpens(id)).toBe(false);
    if (slide) for (let i = 1; i <= 4; i++) await touch("touchMove", [{ x: at.x + 20 * i, y: at.y + 10 * i }]);
    expect(await page.locator(".react-flow__node.dragging").count()).toBe(0);
    await touch("touchEnd", []);
    expect(await menuOpens(id)).toBe(false);
    // Long enough for the click that follows a tap.
    await page.waitForTimeout(200);
    expect(await cardClicks()).toBe(clicks);
    expect(await selected(id).count()).toBe(select ? 1 : 0);
  };
  /** One finger down, moved in steps, lifted. */
  const drag = async (from: Point, to: Point) => {
    await touch("touchStart", [from]);
    for (let i = 1; i <= 8; i++)
      await touch("touchMove", [{ x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 }]);
    await touch("touchEnd", []);
  };
  return { page, longPress, drag, selected };
}

async function middleOf(page: Page, testId: string): Promise<Point> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const places = async (mapId: string, token: string) =>
  Object.fromEntries(
    (await serverJourney(suite.app.url, mapId, token)).cards.map((c) => [c.id, `${c.stageId}/${c.laneId}`]),
  );

describe("selecting several cards with a finger", () => {
  it("adds cards by a long press, drags them together with one finger, and a tap selects one again", async () => {
    const map = await createMap(suite.app.url, workshopMap());
    const { page, longPress, drag, selected } = await openOnTouchScreen(map.links.edit);
    const before = await places(map.id, map.tokens.edit);

    const first = await middleOf(page, "card-c_1");
    await page.touchscreen.tap(first.x, first.y);
    await selected("c_1").waitFor();
    await longPress("c_2", true);
    await longPress("c_3", true, true);
    // The end of a long press is no tap: the first card stays selected with the others.
    const all = page.locator(".react-flow__node.selected");
    await expect.poll(() => all.count()).toBe(3);
    await expect.poll(() => page.getByTestId("inspector-empty").textContent()).toContain("3 things selected");
    // A second long press takes a card out again, and a third puts it back.
    await longPress("c_3", false);
    await expect.poll(() => all.count()).toBe(2);
    await longPress("c_3", true);
    await expect.poll(() => all.count()).toBe(3);
    // Nothing moved while the fingers rested and lifted.
    expect(await places(map.id, map.tokens.edit)).toEqual(before);

    // One finger drags one of them a stage to the right: all three go one stage on, in their lanes, as a mouse's
    // drag of the selection does; the card left out stays.
    const stageWidth = (await middleOf(page, "stage-st_2")).x - (await middleOf(page, "stage-st_1")).x;
    const grip = await middleOf(page, "card-c_2");
    await drag(grip, { x: grip.x + stageWidth, y: grip.y });
    await expect
      .poll(() => places(map.id, map.tokens.edit))
      .toEqual({
        c_1: "st_2/ln_do",
        c_2: "st_2/ln_tp",
        c_3: "st_3/ln_do",
        c_4: "st_3/ln_tp",
      });

    // A plain tap on another card selects that card alone.
    const other = await middleOf(page, "card-c_4");
    await page.touchscreen.tap(other.x, other.y);
    await selected("c_4").waitFor();
    await expect.poll(() => all.count()).toBe(1);
  });

  it("on a view link, selects by a long press for reading and moves nothing", async () => {
    const map = await createMap(suite.app.url, workshopMap());
    const { page, longPress, selected } = await openOnTouchScreen(map.links.view);
    const before = await places(map.id, map.tokens.edit);
    const view = () => page.locator(".react-flow__viewport").getAttribute("style");
    const first = await middleOf(page, "card-c_1");
    await page.touchscreen.tap(first.x, first.y);
    await selected("c_1").waitFor();
    const start = await view();

    await longPress("c_3", true, true);
    await expect.poll(() => page.locator(".react-flow__node.selected").count()).toBe(2);
    await expect.poll(() => page.getByTestId("inspector-empty").textContent()).toContain("2 things selected");
    // The finger that moved after its long press panned nothing either.
    expect(await view()).toBe(start);
    expect(await places(map.id, map.tokens.edit)).toEqual(before);
  });
});

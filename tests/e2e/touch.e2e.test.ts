// The editor on a touch screen (a workshop's big display, a participant's tablet): taps, double taps, one-finger
// drags and two-finger pinches, sent the way Chromium receives them from a touch screen (CDP touch events).
import { describe, expect, it } from "vitest";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { generatedJourney } from "../export/helpers";
import { createMap, ONLINE, serverCard, serverJourney, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

type Point = { x: number; y: number };

interface TouchPage {
  page: Page;
  /** Fingers down where given (each finger by its place in the list), moved in steps to `to`, then lifted. */
  gesture(from: readonly Point[], to: readonly Point[]): Promise<void>;
  /** The map's pan and zoom, as React Flow's viewport draws it. */
  view(): Promise<string | null>;
  zoom(): Promise<number>;
  /** One touch event with these fingers down (none for touchEnd: all lifted). */
  touch(type: "touchStart" | "touchMove" | "touchEnd", points: readonly Point[]): Promise<unknown>;
  /** Two taps as a finger makes them: a touch screen takes taps closer than 40 ms for one. */
  doubleTap(at: Point): Promise<void>;
  /** Two fingers on one card pinched together: the map zooms out, the card does not move. */
  pinchOnCard(testId: string): Promise<void>;
}

async function openOnTouchScreen(context: BrowserContext, link: string): Promise<TouchPage> {
  const page = await context.newPage();
  await page.goto(link);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  await page.locator('[data-testid="editor"]:not([aria-busy])').waitFor({ timeout: 15000 });
  await page.waitForSelector(ONLINE);
  const cdp: CDPSession = await context.newCDPSession(page);
  const send = (type: "touchStart" | "touchMove" | "touchEnd", points: readonly Point[]) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  const viewport = page.locator(".react-flow__viewport");
  const zoom = () => viewport.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const gesture = async (from: readonly Point[], to: readonly Point[]): Promise<void> => {
    // One finger after the other, as a hand puts them down.
    for (let n = 1; n <= from.length; n++) await send("touchStart", from.slice(0, n));
    const steps = 8;
    for (let i = 1; i <= steps; i++)
      await send(
        "touchMove",
        from.map((p, f) => ({
          x: p.x + ((to[f]?.x ?? p.x) - p.x) * (i / steps),
          y: p.y + ((to[f]?.y ?? p.y) - p.y) * (i / steps),
        })),
      );
    await send("touchEnd", []);
  };
  return {
    page,
    gesture,
    touch: send,
    async doubleTap(at) {
      await page.touchscreen.tap(at.x, at.y);
      await page.waitForTimeout(120);
      await page.touchscreen.tap(at.x, at.y);
    },
    view: () => viewport.getAttribute("style"),
    zoom,
    async pinchOnCard(testId) {
      const before = await zoom();
      const c = await box(page, testId);
      const y = c.y + c.height / 2;
      await gesture(
        [
          { x: c.x + 40, y },
          { x: c.x + c.width - 40, y },
        ],
        [
          { x: c.x + 90, y },
          { x: c.x + c.width - 90, y },
        ],
      );
      await expect.poll(zoom).toBeLessThan(before * 0.8);
    },
  };
}

async function box(page: Page, testId: string) {
  const found = await page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} is not on screen`);
  return found;
}

const middle = (b: { x: number; y: number; width: number; height: number }): Point => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

describe("the editor on a touch screen", () => {
  it("selects, edits, moves and connects cards, pans and pinches the map, and answers taps on headers and panels", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 800 } });
    const { page, gesture, view, doubleTap, touch, pinchOnCard } = await openOnTouchScreen(context, map.links.edit);

    // A tap selects a card and shows it in the inspector; a double tap on another edits its title, and the keyboard
    // types there.
    const other = middle(await box(page, "card-c_2"));
    await page.touchscreen.tap(other.x, other.y);
    await expect.poll(() => page.getByTestId("card-c_2").getAttribute("class")).toContain("selected");
    await expect.poll(() => page.getByTestId("card-inspector").isVisible()).toBe(true);
    await doubleTap(middle(await box(page, "card-c_1")));
    const title = page.locator("input.card-title-input");
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("Compare on the tablet");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["title"])
      .toBe("Compare on the tablet");

    // One finger drags the card into the cell below: one write, which one Undo takes back (the title stays).
    const cell = await box(page, "cell-st_1-ln_tp");
    await gesture([middle(await box(page, "card-c_1"))], [{ x: cell.x + 60, y: cell.y + cell.height - 20 }]);
    await expect
      .poll(async () => (await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["laneId"])
      .toBe("ln_tp");
    await page.getByRole("button", { name: "Undo" }).tap();
    await expect
      .poll(async () => (await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["laneId"])
      .toBe("ln_do");
    expect((await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["title"]).toBe("Compare on the tablet");

    // A path starts from a card's dot by touch too, also pressed a little beside the 9 px dot, as a finger does.
    const dot = await page.getByTestId("card-c_2").locator(".react-flow__handle.source").boundingBox();
    if (!dot) throw new Error("the card's dot is not on screen");
    const paths = page.locator(".react-flow__edge");
    await gesture([{ x: middle(dot).x - 8, y: middle(dot).y + 7 }], [middle(await box(page, "card-c_1"))]);
    await expect.poll(() => paths.count()).toBe(2);

    // Two fingers on one card pinch the map (they move no card); one finger on empty space pans it.
    await pinchOnCard("card-c_1");
    expect((await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["laneId"]).toBe("ln_do");
    const canvas = await box(page, "canvas");
    const empty = { x: canvas.x + canvas.width - 80, y: canvas.y + canvas.height - 120 };
    const panned = await view();
    await gesture([empty], [{ x: empty.x - 120, y: empty.y - 60 }]);
    await expect.poll(view).not.toBe(panned);
    // ... and so does one on a path, which takes a mouse's click.
    const pathMiddle = () =>
      page
        .locator(".react-flow__edge-interaction")
        .first()
        .evaluate((line: SVGPathElement) => {
          const at = line.getPointAtLength(line.getTotalLength() / 2).matrixTransform(line.getScreenCTM() ?? undefined);
          return {
            x: at.x,
            y: at.y,
            hit: document.elementFromPoint(at.x, at.y)?.closest(".react-flow__edge") !== null,
          };
        });
    const onPath = await pathMiddle();
    expect(onPath.hit).toBe(true);
    const beforePath = await view();
    await gesture([onPath], [{ x: onPath.x + 80, y: onPath.y + 40 }]);
    await expect.poll(view).not.toBe(beforePath);
    // A tap on it still selects it.
    const tapPath = await pathMiddle();
    await page.touchscreen.tap(tapPath.x, tapPath.y);
    await expect.poll(() => page.getByTestId("connection-inspector").isVisible()).toBe(true);

    // A tapped lane header keeps its buttons while it is selected, also once the finger is elsewhere.
    const lane = page.getByTestId("lane-ln_do");
    const laneBox = await box(page, "lane-ln_do");
    await page.touchscreen.tap(laneBox.x + 20, laneBox.y + 20);
    await expect.poll(() => lane.getAttribute("class")).toContain("selected");
    await page.getByRole("tab", { name: "Inspector" }).tap();
    await expect.poll(() => lane.locator(".header-controls").isVisible()).toBe(true);

    // The side panel, the share dialog and a cell's "+" answer taps.
    await page.getByRole("tab", { name: "Checks" }).tap();
    await page.getByTestId("checks-panel").waitFor();
    await page.getByRole("tab", { name: "Comments" }).tap();
    await page.getByTestId("new-thread").waitFor();
    await page.getByRole("button", { name: /share/i }).first().tap();
    await page.getByRole("dialog").waitFor();
    await page.getByRole("dialog").getByRole("button", { name: /close/i }).first().tap();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await page.getByTestId("cell-st_1-ln_tp").locator(".cell-add").tap();
    await expect.poll(() => page.locator("input.card-title-input").count()).toBe(1);

    // A second finger that comes down on a card while one drags another gives the drag up, as React Flow does for a
    // finger on the map: nothing is written, and the Undo that follows takes back the card the "+" added.
    await page.keyboard.press("Escape");
    const dragged = middle(await box(page, "card-c_1"));
    const second = middle(await box(page, "card-c_2"));
    await touch("touchStart", [dragged]);
    for (let i = 1; i <= 6; i++) await touch("touchMove", [{ x: dragged.x, y: dragged.y + 25 * i }]);
    await page.locator('.react-flow__node.dragging[data-id="c_1"]').waitFor();
    await touch("touchStart", [{ x: dragged.x, y: dragged.y + 150 }, second]);
    await touch("touchMove", [
      { x: dragged.x, y: dragged.y + 140 },
      { x: second.x, y: second.y + 10 },
    ]);
    await touch("touchEnd", []);
    await page.getByRole("button", { name: "Undo" }).tap();
    await expect.poll(async () => (await serverJourney(suite.app.url, map.id, map.tokens.edit)).cards.length).toBe(2);
    expect((await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1"))["laneId"]).toBe("ln_do");
  });

  it("far away, pans and pinches with fingers on the cards drawn by their cells, and a tap selects one", async () => {
    const map = await createMap(suite.app.url, {
      format: "outside-in.journey",
      version: 1,
      journey: generatedJourney(48, 12),
    });
    const context = await suite.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 800 } });
    const { page, gesture, view, zoom } = await openOnTouchScreen(context, map.links.edit);
    await page.getByRole("button", { name: "Show the whole map" }).tap();
    const drawn = (id: string) => page.locator(`.card-node.drawn[data-testid="card-${id}"]`);
    await drawn("tp_20").waitFor();

    const start = await view();
    const from = middle(await box(page, "card-tp_20"));
    await gesture([from], [{ x: from.x + 150, y: from.y + 60 }]);
    await expect.poll(view).not.toBe(start);

    const before = await zoom();
    const a = middle(await box(page, "card-tp_15"));
    const b = middle(await box(page, "card-tp_17"));
    await gesture(
      [a, b],
      [
        { x: a.x - 60, y: a.y - 30 },
        { x: b.x + 60, y: b.y + 30 },
      ],
    );
    await expect.poll(zoom).toBeGreaterThan(before * 1.3);

    await page.getByRole("button", { name: "Show the whole map" }).tap();
    await drawn("tp_30").waitFor();
    const tap = middle(await box(page, "card-tp_30"));
    await page.touchscreen.tap(tap.x, tap.y);
    await expect.poll(() => page.getByTestId("card-tp_30").getAttribute("class")).toContain("selected");
    await expect.poll(() => page.getByTestId("card-inspector").isVisible()).toBe(true);
    // Tapped, it is a card node, which one finger drags into the next stage.
    await page.locator('.react-flow__node-card[data-id="tp_30"]').waitFor();
    const stage = await page.locator(".react-flow__node-stageHeader").first().boundingBox();
    if (!stage) throw new Error("no stage header on screen");
    const picked = middle(await box(page, "card-tp_30"));
    await gesture([picked], [{ x: picked.x + stage.width, y: picked.y }]);
    await expect
      .poll(async () => (await serverCard(suite.app.url, map.id, map.tokens.edit, "tp_30"))["stageId"])
      .toBe("st_7");
  });

  it("lets a viewer pan, pinch and read a card, and edit nothing", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1024, height: 768 } });
    const { page, gesture, view, doubleTap, pinchOnCard } = await openOnTouchScreen(context, map.links.view);

    const start = await view();
    const from = middle(await box(page, "card-c_1"));
    await gesture([from], [{ x: from.x + 100, y: from.y + 50 }]);
    await expect.poll(view).not.toBe(start);

    await pinchOnCard("card-c_1");

    const at = middle(await box(page, "card-c_1"));
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => page.getByTestId("card-c_1").getAttribute("class")).toContain("selected");
    await doubleTap(at);
    await page.getByTestId("card-inspector").waitFor();
    expect(await page.locator("input.card-title-input").count()).toBe(0);
    expect(await page.locator(".header-controls, .cell-add, .react-flow__handle").count()).toBe(0);
    expect(await serverCard(suite.app.url, map.id, map.tokens.edit, "c_1")).toMatchObject({ laneId: "ln_do" });
  });
});

// Fitting the map into view (on opening it, and with the fit button) shows every card whole, inside the canvas
// and clear of what floats over it: the legend, the zoom buttons and the stage and lane names along the edges.
// A map whose fit would draw its cards as sketches, though drawn in full its lanes fit the view's height and its
// stages need a little scrolling, opens drawn in full from its top-left corner. Either way the map opens in its
// place: it does not jump.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A map of `stages` × `lanes` with a card in every cell of the first and last stage and the last lane. */
function gridMap(stages: number, lanes: number, language: "en" | "de") {
  const stageList = Array.from({ length: stages }, (_, i) => ({ id: `st_${i}`, name: `Phase ${i + 1}` }));
  const laneList = Array.from({ length: lanes }, (_, i) => ({
    id: `ln_${i}`,
    name: `Zeile ${i + 1}`,
    kind: i === 0 ? "actions" : "thoughts",
  }));
  const cards = [];
  for (const [s, stage] of stageList.entries()) {
    for (const [l, lane] of laneList.entries()) {
      if (s === 0 || s === stages - 1 || l === lanes - 1)
        cards.push({ id: `cd_${s}_${l}`, stageId: stage.id, laneId: lane.id, title: `Ich tue ${s}.${l}` });
    }
  }
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "fit",
      title: "Fit",
      language,
      stages: stageList,
      lanes: laneList,
      cards,
      connections: [],
      comments: [],
    },
  };
}

async function boxOf(page: Page, selector: string): Promise<Box | null> {
  const found = page.locator(selector);
  return (await found.count()) > 0 ? await found.first().boundingBox() : null;
}

/** Every card's box, whether a node or drawn by its cell far away. */
async function cardBoxes(page: Page, ids: string[]): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const id of ids) {
    const box = await page.getByTestId(`card-${id}`).boundingBox();
    if (!box) throw new Error(`card ${id} is not on screen`);
    boxes.push(box);
  }
  return boxes;
}

/** Waits until the map stops moving (a fit may animate). */
async function settled(page: Page): Promise<void> {
  let last = "";
  await waitFor(
    async () => {
      const now = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
      const same = now === last;
      last = now;
      return same;
    },
    5000,
    "the view to settle",
  );
}

async function expectAllClear(page: Page, ids: string[]): Promise<void> {
  const canvas = await boxOf(page, '[data-testid="canvas"]');
  if (!canvas) throw new Error("no canvas");
  const overlays = (
    await Promise.all(
      [
        '[data-testid="legend"]',
        ".react-flow__controls",
        '[data-testid="rail-stages"]',
        '[data-testid="rail-lanes"]',
      ].map((s) => boxOf(page, s)),
    )
  ).filter((b): b is Box => b !== null);
  expect(overlays.length).toBeGreaterThanOrEqual(2);
  for (const card of await cardBoxes(page, ids)) {
    expect(card.x).toBeGreaterThanOrEqual(canvas.x);
    expect(card.y).toBeGreaterThanOrEqual(canvas.y);
    expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    for (const overlay of overlays) expect(overlaps(card, overlay), JSON.stringify({ card, overlay })).toBe(false);
  }
}

/**
 * Runs before the page's scripts: after every change to the page, notes where the map stands (its viewport's
 * transform) once any node of it is drawn, so a test can tell whether the map was ever drawn elsewhere first.
 */
const RECORD_PLACES = `(() => {
  const places = (window.__places = []);
  new MutationObserver(() => {
    const viewport = document.querySelector(".react-flow__viewport");
    const drawn = [...document.querySelectorAll(".react-flow__node")].some((n) => n.style.visibility === "visible");
    if (!viewport || !drawn) return;
    const at = viewport.style.transform;
    if (places[places.length - 1] !== at) places.push(at);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["style"] });
})();`;

/** Every place the map was drawn at since it appeared: one, if it did not jump. */
const placesDrawn = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __places: string[] }).__places);

async function open(file: ReturnType<typeof gridMap>, viewport: { width: number; height: number }, locale: string) {
  const map = await createMap(suite.app.url, file);
  const context = await suite.newContext({ viewport, locale });
  const page = await context.newPage();
  await page.addInitScript(RECORD_PLACES);
  await page.goto(map.links.edit);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  await settled(page);
  // The first place the map is drawn at is its last: no fit a frame later moves it.
  expect(await placesDrawn(page)).toHaveLength(1);
  return page;
}

const zoomOf = async (page: Page): Promise<number> =>
  Number(
    (await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform)).match(
      /scale\(([0-9.]+)\)/,
    )?.[1] ?? "NaN",
  );

/** The map opened drawn in full, from its first stage and lane: its top-left card whole, clear of the rails. */
async function expectReadableFromTopLeft(page: Page, firstCard: string): Promise<void> {
  expect(await page.locator(".card-node").count()).toBeGreaterThan(0);
  expect(await page.locator(".sketch").count()).toBe(0);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.45);
  const canvas = await boxOf(page, '[data-testid="canvas"]');
  const card = await boxOf(page, `[data-testid="card-${firstCard}"]`);
  if (!canvas || !card) throw new Error("no canvas or first card");
  expect(card.x).toBeGreaterThanOrEqual(canvas.x);
  expect(card.y).toBeGreaterThanOrEqual(canvas.y);
  expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  for (const rail of ['[data-testid="rail-stages"]', '[data-testid="rail-lanes"]']) {
    const box = await boxOf(page, rail);
    if (box) expect(overlaps(card, box), JSON.stringify({ card, rail: box })).toBe(false);
  }
}

describe("fitting the map into view", () => {
  it("keeps every card of a map of the view's shape clear of the legend and the zoom buttons, on opening and with the fit button", async () => {
    const file = gridMap(4, 8, "en");
    const ids = file.journey.cards.map((c) => c.id);
    const page = await open(file, { width: 1280, height: 800 }, "en-US");
    await expectAllClear(page, ids);

    // Somewhere else, then back with the fit button.
    const pane = await boxOf(page, ".react-flow__pane");
    if (!pane) throw new Error("no pane");
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -600);
    await settled(page);
    await page.locator(".react-flow__controls-fitview").click();
    await settled(page);
    await expectAllClear(page, ids);
  });

  it("keeps every card of a tall map clear of them in a small German window", async () => {
    const file = gridMap(3, 9, "de");
    const ids = file.journey.cards.map((c) => c.id);
    const page = await open(file, { width: 1024, height: 700 }, "de-DE");
    await expectAllClear(page, ids);
  });

  it("opens a map too tall to read in a very small window where the fit button puts it, clear of the narrowed legend", async () => {
    const file = gridMap(5, 6, "en");
    const page = await open(file, { width: 900, height: 520 }, "en-US");
    // Far out: the rails show, the zoom buttons stand beside the lane rail, and the legend is narrower for them.
    expect(await page.locator(".sketch").count()).toBeGreaterThan(0);
    await expectAllClear(
      page,
      file.journey.cards.map((c) => c.id),
    );
    const transform = () => page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
    const opened = await transform();
    await page.locator(".react-flow__controls-fitview").click();
    await settled(page);
    expect(await transform()).toBe(opened);
  });

  it("opens a five-stage map on a 1024 px laptop with the side panel open drawn in full, not as sketches", async () => {
    const file = gridMap(5, 6, "en");
    const page = await open(file, { width: 1024, height: 700 }, "en-US");
    expect((await boxOf(page, ".side-panel"))?.width ?? 0).toBeGreaterThan(300);
    await expectReadableFromTopLeft(page, "cd_0_0");
    // The first stage's name is in view, beside the first lane's.
    const stage = await boxOf(page, '[data-testid="stage-st_0"]');
    const canvas = await boxOf(page, '[data-testid="canvas"]');
    if (!stage || !canvas) throw new Error("no first stage header or canvas");
    expect(stage.x).toBeGreaterThanOrEqual(canvas.x);
    expect(stage.x + stage.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  });
});

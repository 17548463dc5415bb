// The line of visibility in real Chromium: a dashed line across the whole map where the backstage lane begins, named
// at its left end in the interface's language, letting clicks through to the cells, moving on the screen of a
// colleague within a second when someone makes another lane backstage, and going on across the lane rail far out.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();
const shots = resolve(import.meta.dirname, "output");

function mapFile() {
  const stages = Array.from({ length: 4 }, (_, i) => ({ id: `st_${i}`, name: `Stage ${i + 1}` }));
  const kinds = ["actions", "touchpoints", "thoughts", "painPoints", "opportunities", "backstage"] as const;
  const names = [
    "What I do",
    "Where I meet the brand",
    "What I think",
    "What hurts",
    "Opportunities",
    "Behind the scenes",
  ];
  const lanes = kinds.map((kind, i) => ({ id: `ln_${kind}`, name: names[i], kind }));
  const cards = stages.flatMap((s, i) => [
    { id: `cd_a${i}`, stageId: s.id, laneId: "ln_actions", title: `I do step ${i + 1}` },
    { id: `cd_b${i}`, stageId: s.id, laneId: "ln_backstage", title: `Staff prepare step ${i + 1}` },
  ]);
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "lov",
      title: "Line of visibility",
      language: "en",
      stages,
      lanes,
      cards,
      connections: [],
      comments: [],
    },
  };
}

async function open(page: Page, link: string) {
  await page.goto(link);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
}

/** The screen box of the line's dashed rule, and of a lane header. */
const ruleBox = (page: Page) => page.locator(".visibility-line-rule").boundingBox();
const laneBox = (page: Page, kind: string) => page.getByTestId(`lane-ln_${kind}`).boundingBox();

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The canvas's zoom, from React Flow's viewport transform. */
const zoomOf = (page: Page) =>
  page
    .locator(".react-flow__viewport")
    .evaluate((el) => Number(/scale\(([-0-9.]+)\)/.exec(el.style.transform)?.[1] ?? Number.NaN));

/**
 * The name of the line, as it stands at the present zoom: at least 11 px on screen, whole, in the lane header column
 * above the line, over no card and clear of the header above (its name, its kind and its buttons, shown on hover).
 */
async function expectReadableName(page: Page, text: string): Promise<void> {
  const label = page.locator(".visibility-line-label");
  await expect.poll(() => label.textContent()).toBe(text);
  const zoom = await zoomOf(page);
  const size = await label.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size * zoom).toBeGreaterThanOrEqual(10.95);
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const named = await label.boundingBox();
  const backstage = await laneBox(page, "backstage");
  const above = page.getByTestId("lane-ln_opportunities");
  const upper = await above.boundingBox();
  if (!named || !backstage || !upper) throw new Error("the line's name or a lane header is not on screen");
  expect(named.height).toBeGreaterThanOrEqual(11);
  expect(named.x).toBeGreaterThan(backstage.x);
  expect(named.x + named.width).toBeLessThan(backstage.x + backstage.width);
  expect(named.y + named.height).toBeLessThanOrEqual(backstage.y);
  expect(named.y).toBeGreaterThan(upper.y);
  for (const part of [above.locator(".lane-name"), above.locator(".lane-kind")]) {
    const box = await part.boundingBox();
    if (box) expect(overlaps(named, box)).toBe(false);
  }
  for (const card of await page.locator(".card-node").all()) {
    const box = await card.boundingBox();
    if (box) expect(overlaps(named, box)).toBe(false);
  }
  await above.hover();
  const buttons = await above.locator(".header-controls").boundingBox();
  if (!buttons) throw new Error("no header buttons on hover");
  expect(overlaps(named, buttons)).toBe(false);
  await page.mouse.move(0, 0);
}

describe("the line of visibility", () => {
  it("keeps its name readable, at least 11 px on screen, on a map fitted small, in English and German", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const page = await (await suite.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await open(page, map.links.edit);
    // Four stages fitted into the window beside the side panel: well below 1, where 11 map pixels were 8 or 9 on
    // screen.
    const fitted = await zoomOf(page);
    expect(fitted).toBeLessThan(0.9);
    await expectReadableName(page, "Line of visibility");
    await page.screenshot({ path: resolve(shots, "visibility-line-fitted.png") });
    await page.locator(".language-switch select").selectOption("de");
    await expectReadableName(page, "Sichtbarkeitslinie");
    await page.screenshot({ path: resolve(shots, "visibility-line-fitted-de.png") });
    // Zoomed in, it is the small name it was, beside the header's buttons.
    await page.getByRole("button", { name: "Vergrößern" }).click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(fitted);
    await expectReadableName(page, "Sichtbarkeitslinie");
  });

  it("runs across the map above the backstage lane, lets clicks through and follows a colleague's change", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const ada = await (await suite.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const bob = await (await suite.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await open(ada, map.links.edit);
    await open(bob, map.links.edit);

    const line = ada.getByTestId("visibility-line");
    await expect.poll(() => line.count()).toBe(1);
    const rule = await ruleBox(ada);
    const backstage = await laneBox(ada, "backstage");
    const lastCell = await ada.getByTestId("cell-st_3-ln_backstage").boundingBox();
    if (!rule || !backstage || !lastCell) throw new Error("line, lane header or cell not on screen");
    // From the lane header column's left edge to the last stage's right edge, on the backstage lane's top edge.
    expect(Math.abs(rule.x - backstage.x)).toBeLessThan(2);
    expect(Math.abs(rule.x + rule.width - (lastCell.x + lastCell.width))).toBeLessThan(2);
    expect(Math.abs(rule.y + rule.height / 2 - backstage.y)).toBeLessThan(2);
    expect(rule.height).toBeGreaterThanOrEqual(1.5);
    expect(await ada.locator(".visibility-line-rule").evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe(
      "dashed",
    );
    // Named at the left, in the lane header column, above the line, clear of the header's buttons.
    const label = ada.locator(".visibility-line-label");
    expect(await label.textContent()).toBe("Line of visibility");
    const named = await label.boundingBox();
    if (!named) throw new Error("the line's name is not on screen");
    expect(named.x).toBeGreaterThan(backstage.x);
    expect(named.x + named.width).toBeLessThan(backstage.x + backstage.width * 0.65);
    expect(named.y + named.height).toBeLessThanOrEqual(backstage.y);
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The buttons of the header above, shown on hover, stand beside the name or under it, never over it.
    await ada.getByTestId("lane-ln_opportunities").hover();
    const buttons = await ada.getByTestId("lane-ln_opportunities").locator(".header-controls").boundingBox();
    if (!buttons) throw new Error("no header buttons on hover");
    expect(overlaps(named, buttons)).toBe(false);

    // A click on the line reaches what is under it: the cell below becomes the active cell.
    const cellBelow = await ada.getByTestId("cell-st_1-ln_backstage").boundingBox();
    if (!cellBelow) throw new Error("no cell under the line");
    await ada.mouse.click(cellBelow.x + cellBelow.width / 2, backstage.y);
    const hit = await ada.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest(".react-flow__node-visibilityLine") ?? null,
      [cellBelow.x + cellBelow.width / 2, backstage.y],
    );
    expect(hit).toBeNull();

    // Bob makes the opportunities lane backstage: Ada's line moves up, above it.
    await bob.getByTestId("lane-ln_opportunities").click();
    await bob.getByLabel("Kind of lane").selectOption("backstage");
    const opportunities = await laneBox(ada, "opportunities");
    if (!opportunities) throw new Error("no opportunities lane header");
    await expect
      .poll(async () => Math.abs(((await ruleBox(ada))?.y ?? 0) + 1 - opportunities.y), { timeout: 1000 })
      .toBeLessThan(2);
    await ada.screenshot({ path: resolve(shots, "visibility-line.png") });

    // In a German interface the line is the Sichtbarkeitslinie, whole.
    await ada.locator(".language-switch select").selectOption("de");
    await expect.poll(() => label.textContent()).toBe("Sichtbarkeitslinie");
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await ada.getByTestId("lane-ln_painPoints").hover();
    const germanButtons = await ada.getByTestId("lane-ln_painPoints").locator(".header-controls").boundingBox();
    const german = await label.boundingBox();
    if (!germanButtons || !german) throw new Error("no header buttons or name of the line");
    expect(overlaps(german, germanButtons)).toBe(false);
    await ada.locator(".language-switch select").selectOption("en");
    await expect.poll(() => label.textContent()).toBe("Line of visibility");

    // Far out, with the lane rail over the headers, the line goes on across it and the rail names it.
    await ada.getByRole("button", { name: "Zoom out" }).click();
    await ada.getByRole("button", { name: "Zoom out" }).click();
    await ada.getByRole("button", { name: "Zoom out" }).click();
    const railLine = ada.getByTestId("rail-visibility");
    await railLine.waitFor({ timeout: 5000 });
    expect(await railLine.textContent()).toBe("Line of visibility");
    const railBox = await railLine.boundingBox();
    const farRule = await ruleBox(ada);
    if (!railBox || !farRule) throw new Error("the line is not on screen far out");
    expect(Math.abs(railBox.y - (farRule.y + farRule.height / 2))).toBeLessThan(3);
    expect(farRule.height).toBeGreaterThanOrEqual(1.5);
    await ada.screenshot({ path: resolve(shots, "visibility-line-far.png") });
  });
});

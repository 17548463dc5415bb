// Far away, most cards are drawn by their cells instead of being React Flow nodes (src/canvas/nodes/farCards.ts).
// They must still be what a user works with: a card under the mouse drags to another stage, and a box drawn
// around cards selects every card wholly inside it, drawn or node.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { generatedJourney } from "../export/helpers";
import { createMap } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

type Box = { x: number; y: number; width: number; height: number };

async function openBigMap(): Promise<Page> {
  const map = await createMap(suite.app.url, {
    format: "outside-in.journey",
    version: 1,
    journey: generatedJourney(400),
  });
  const context = await suite.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(map.links.edit);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  // A map this big is drawn from the server's snapshot first, and is editable once its document has synced.
  await page.locator('[data-testid="editor"]:not([aria-busy])').waitFor({ timeout: 15000 });
  return page;
}

/** The cards the cells draw: not inside a React Flow node. */
const drawnCards = (page: Page) => page.locator(".react-flow__node-cell .card-node.drawn");

describe("cards far away", () => {
  it("are drawn by their cells, and one under the mouse becomes a node that drags to another stage", async () => {
    const page = await openBigMap();
    const drawn = await drawnCards(page).count();
    const nodes = await page.locator(".react-flow__node-card").count();
    // 400 touchpoints, 24 actions and 24 feelings: nearly all drawn, a few nodes (the customer's path has none).
    expect(drawn).toBeGreaterThan(300);
    expect(nodes).toBeLessThan(drawn / 10);

    const id = "tp_30";
    const card = page.getByTestId(`card-${id}`);
    const before = await card.boundingBox();
    if (!before) throw new Error("the card is not on screen");
    expect(await card.evaluate((el) => el.classList.contains("drawn"))).toBe(true);
    await page.mouse.move(before.x + before.width / 2, before.y + 4);
    // Under the mouse it is a node before the button goes down, at the same place, drawn once.
    const node = page.locator(`.react-flow__node-card[data-id="${id}"]`);
    await node.waitFor();
    await expect.poll(() => page.getByTestId(`card-${id}`).count()).toBe(1);
    const promoted = await node.boundingBox();
    expect(Math.abs((promoted?.x ?? 0) - before.x)).toBeLessThan(1);

    // One stage to the right, in screen pixels at this zoom.
    const stage = await page.locator(".react-flow__node-stageHeader").first().boundingBox();
    if (!stage) throw new Error("no stage header on screen");
    await page.mouse.down();
    await page.mouse.move(before.x + before.width / 2 + stage.width, before.y + 4, { steps: 12 });
    await page.mouse.up();
    await expect
      .poll(async () => ((await page.getByTestId(`card-${id}`).boundingBox())?.x ?? before.x) - before.x)
      .toBeGreaterThan(stage.width * 0.8);

    // Pressed the moment the mouse arrives, before it could become a node: the press still drags the card
    // (and does not pan the map).
    const other = page.getByTestId("card-tp_31");
    const start = await other.boundingBox();
    if (!start) throw new Error("the other card is not on screen");
    expect(await other.evaluate((el) => el.classList.contains("drawn"))).toBe(true);
    const viewport = await page.locator(".react-flow__viewport").getAttribute("style");
    await page.evaluate(
      ({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        const init = { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 1 };
        el?.dispatchEvent(new PointerEvent("pointerdown", { ...init, pointerType: "mouse", isPrimary: true }));
        el?.dispatchEvent(new MouseEvent("mousedown", init));
      },
      { x: start.x + start.width / 2, y: start.y + 4 },
    );
    await page.mouse.move(start.x + start.width / 2, start.y + 4);
    await page.mouse.move(start.x + start.width / 2 + stage.width, start.y + 4, { steps: 12 });
    await page.mouse.up();
    await expect
      .poll(async () => ((await page.getByTestId("card-tp_31").boundingBox())?.x ?? start.x) - start.x)
      .toBeGreaterThan(stage.width * 0.8);
    expect(await page.locator(".react-flow__viewport").getAttribute("style")).toBe(viewport);
  });

  it("are selected by a box drawn around them, drawn cards and nodes alike", async () => {
    const page = await openBigMap();
    const canvas = await page.getByTestId("canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    // From the empty corner of the pane to the middle of the map.
    const start = { x: canvas.x + 4, y: canvas.y + 4 };
    const end = { x: canvas.x + canvas.width * 0.45, y: canvas.y + canvas.height * 0.55 };
    const area: Box = { x: start.x, y: start.y, width: end.x - start.x, height: end.y - start.y };
    const cardsWithin = (margin: number): Promise<string[]> =>
      page.evaluate(
        ({ a, m }) =>
          [...document.querySelectorAll<HTMLElement>(".card-node")]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return (
                r.left >= a.x - m && r.top >= a.y - m && r.right <= a.x + a.width + m && r.bottom <= a.y + a.height + m
              );
            })
            .map((el) => el.dataset["testid"] ?? ""),
        { a: area, m: margin },
      );
    const surely = await cardsWithin(-1);
    const maybe = await cardsWithin(1);
    expect(surely.length).toBeGreaterThan(20);

    await page.keyboard.down("Shift");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up("Shift");

    const selected = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".card-node.selected")].map((el) => el.dataset["testid"] ?? ""),
      );
    await expect.poll(async () => (await selected()).length).toBeGreaterThanOrEqual(surely.length);
    const picked = await selected();
    expect(picked).toEqual(expect.arrayContaining(surely));
    expect(maybe).toEqual(expect.arrayContaining(picked));
    // Selected cards are nodes, so they drag together and show as selected to others.
    expect(await page.locator(".react-flow__node-cell .card-node.drawn.selected").count()).toBe(0);
  });
});

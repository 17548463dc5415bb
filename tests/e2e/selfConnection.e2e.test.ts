// Dragging a card's connection handle back onto the same card cannot make a path: the person is told why in the
// error banner (in their interface's language) instead of the drag ending in silence. Dropping a path that is
// already there adds no second one.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function open(link: string): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  return page;
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Drags the outgoing handle of the card titled `from` to a point of the card titled `onto` (`where` picks it from
 * that card's box). The handle is pressed on its inner half: the card clips the half that sticks out.
 */
async function dragHandle(page: Page, from: string, onto: string, where: (box: Box) => { x: number; y: number }) {
  const card = page.locator(".react-flow__node-card", { hasText: from });
  await card.waitFor();
  const handle = await card.locator(".react-flow__handle.source").boundingBox();
  const box = await page.locator(".react-flow__node-card", { hasText: onto }).boundingBox();
  if (!handle || !box) throw new Error("card or handle not visible");
  await page.mouse.move(handle.x + handle.width / 4, handle.y + handle.height / 2);
  await page.mouse.down();
  const to = where(box);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  expect(await page.locator(".react-flow__connection").count()).toBe(1);
  await page.mouse.up();
}

const dragOntoOwnCard = (page: Page, title: string, where: (box: Box) => { x: number; y: number }) =>
  dragHandle(page, title, title, where);

const banner = async (page: Page) =>
  (await page.getByTestId("error-banner").count()) ? await page.getByTestId("error-banner").textContent() : "";
const paths = (page: Page) => page.locator(".react-flow__edge").count();

describe("a connection dropped on its own card", () => {
  it("is refused with a sentence when dropped on the card's middle", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await open(map.links.edit);
    await expect.poll(() => paths(page)).toBe(1);
    await dragOntoOwnCard(page, "I compare two plans", (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
    await expect.poll(() => banner(page)).toContain("A card cannot be connected to itself.");
    expect(await paths(page)).toBe(1);
  });

  it("is refused with a sentence when dropped on the card's incoming handle", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await open(map.links.edit);
    await dragOntoOwnCard(page, "Price table", (b) => ({ x: b.x + 2, y: b.y + b.height / 2 }));
    await expect.poll(() => banner(page)).toContain("A card cannot be connected to itself.");
    expect(await paths(page)).toBe(1);
  });

  it("is refused in German in a German interface", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ viewport: { width: 1440, height: 900 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
    await dragOntoOwnCard(page, "I compare two plans", (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
    await expect.poll(() => banner(page)).toContain("Eine Karte kann nicht mit sich selbst verbunden werden.");
  });

  it("adds no second path when the same path is drawn again", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await open(map.links.edit);
    await expect.poll(() => paths(page)).toBe(1);
    await dragHandle(page, "I compare two plans", "Price table", (b) => ({ x: b.x + 2, y: b.y + b.height / 2 }));
    await page.waitForTimeout(300);
    expect(await paths(page)).toBe(1);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});

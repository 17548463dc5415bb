// A card's connection handles sit on its edges, half outside the card: the whole handle takes the press, so a path
// starts wherever on the handle a person presses, not only on its inner half.
import { describe, expect, it } from "vitest";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("a card's connection handle", () => {
  it("starts a path when pressed on its outer half, outside the card's edge", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
    const from = page.locator(".react-flow__node-card", { hasText: "Price table" });
    const to = page.locator(".react-flow__node-card", { hasText: "I compare two plans" });
    const handle = await from.locator(".react-flow__handle.source").boundingBox();
    const card = await from.boundingBox();
    const target = await to.boundingBox();
    if (!handle || !card || !target) throw new Error("the handle, its card or the target card is not visible");
    // A point of the handle beyond the card's right edge.
    const x = handle.x + handle.width * 0.85;
    expect(x).toBeGreaterThan(card.x + card.width);
    const y = handle.y + handle.height / 2;
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.className ?? "", [x, y])).toContain(
      "react-flow__handle",
    );
    const paths = page.locator(".react-flow__edge");
    const before = await paths.count();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(target.x + 20, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => paths.count(), { timeout: 5000 }).toBe(before + 1);
  });
});

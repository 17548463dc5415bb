// The customer's path (the arrows from card to card) is part of what everyone must see: a stakeholder on a
// view link, and anyone who zooms far out, where cards are drawn as sketches without connection handles.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { exampleFileValue } from "../fixtures/journeys";
import { connectCards, createMap } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

const example = exampleFileValue();
const connectionCount = (example.journey["connections"] as unknown[]).length;

async function open(link: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await suite.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(link);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  return page;
}

/** The drawn paths: each one's curve must have a real extent on screen. */
async function drawnPaths(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll(".react-flow__edge path.react-flow__edge-path")].filter((p) => {
        const r = p.getBoundingClientRect();
        return (p.getAttribute("d") ?? "").length > 0 && r.width + r.height > 0;
      }).length,
  );
}

describe("paths between cards", () => {
  it("are drawn on a view link, where no card shows connection handles", async () => {
    expect(connectionCount).toBeGreaterThan(1);
    const map = await createMap(suite.app.url, example);
    const page = await open(map.links.view);
    await page.locator('[data-testid="card-title"]').first().waitFor();
    await expect.poll(() => drawnPaths(page)).toBe(connectionCount);
    expect(await page.locator(".react-flow__handle").count()).toBe(0);
  });

  it("are drawn on a map that opens zoomed out, with cards as sketches, and after zooming in", async () => {
    const map = await createMap(suite.app.url, example);
    // In a small window the whole map fits only far out, so every card mounts as a sketch.
    const page = await open(map.links.edit, { width: 900, height: 520 });
    await page.locator(".card-node.sketch").first().waitFor();
    expect(await page.getByTestId("card-view").count()).toBe(0);
    await expect.poll(() => drawnPaths(page)).toBe(connectionCount);

    const zoomIn = page.locator(".react-flow__controls-zoomin");
    for (let i = 0; i < 12 && (await page.getByTestId("card-view").count()) === 0; i++) {
      await zoomIn.click();
      await page.waitForTimeout(150);
    }
    await page.getByTestId("card-view").first().waitFor();
    await expect.poll(() => drawnPaths(page)).toBe(connectionCount);
  });

  it("show a path drawn by someone else at once on a zoomed-out view link, also to a card that had none", async () => {
    const map = await createMap(suite.app.url, example);
    const viewer = await open(map.links.view, { width: 900, height: 520 });
    await viewer.locator(".card-node.sketch").first().waitFor();
    await expect.poll(() => drawnPaths(viewer)).toBe(connectionCount);

    // Neither card is on a path yet: the viewer's sketches of them carry no anchors to measure.
    const editor = await open(map.links.edit);
    await connectCards(editor, "I search for 'cheap phone plan'", "I compare three plans side by side");
    await expect.poll(() => drawnPaths(editor)).toBe(connectionCount + 1);
    await expect.poll(() => drawnPaths(viewer)).toBe(connectionCount + 1);
  });
});

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

  it("run a step back across stages along the lane's border, over none of the cards between", async () => {
    const stage = (id: string, name: string) => ({ id, name, customerGoal: "I want a plan that fits" });
    const card = (id: string, stageId: string, title: string) => ({ id, stageId, laneId: "ln_do", title });
    const file = {
      format: "outside-in.journey",
      version: 1,
      journey: {
        id: "back",
        title: "Back and forth",
        language: "en",
        stages: [stage("s1", "Look"), stage("s2", "Compare"), stage("s3", "Decide")],
        lanes: [
          { id: "ln_do", name: "What I do", kind: "actions" },
          { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
        ],
        cards: [
          card("a1", "s1", "I look at plans"),
          card("a2", "s1", "I read the small print"),
          card("b1", "s2", "I compare two plans"),
          card("b2", "s2", "I ask a friend"),
          card("b3", "s2", "I check the reviews"),
          card("c1", "s3", "I go back to the start"),
          card("c2", "s3", "I pick one"),
        ],
        connections: [{ id: "cn_back", from: "c1", to: "a1" }],
        comments: [],
      },
    };
    const map = await createMap(suite.app.url, file);
    const page = await open(map.links.edit);
    await expect.poll(() => page.getByTestId("card-view").count()).toBe(7);
    await expect.poll(() => drawnPaths(page)).toBe(1);
    const result = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>(".react-flow__edge path.react-flow__edge-path")!;
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let d = 0; d <= length; d += 4) {
        const p = path.getPointAtLength(d);
        points.push({ x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f });
      }
      const cards = [...document.querySelectorAll<HTMLElement>(".react-flow__node-card")].map((n) => ({
        id: n.dataset["id"],
        rect: n.getBoundingClientRect(),
      }));
      const lane = document.querySelector<HTMLElement>('.react-flow__node-cell[data-id="cell:s2:ln_do"]')!;
      const inside = (r: DOMRect, p: { x: number; y: number }) =>
        p.x > r.left + 2 && p.x < r.right - 2 && p.y > r.top + 2 && p.y < r.bottom - 2;
      return {
        over: cards.filter((c) => points.some((p) => inside(c.rect, p))).map((c) => c.id),
        lowest: Math.max(...points.map((p) => p.y)),
        laneBottom: lane.getBoundingClientRect().bottom,
      };
    });
    expect(result.over).toEqual([]);
    expect(Math.abs(result.lowest - result.laneBottom)).toBeLessThan(2);
  });
});

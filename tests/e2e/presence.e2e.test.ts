// Presence in real Chromium: where other people's cursors land at any zoom, who is listed, and that
// odd or hostile awareness states from other clients never break the page.
import { afterEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, twoCardMapFile } from "./harness";
import { joinAsPeer, type NodePeer } from "./presencePeers";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openPage(link: string, errors: string[] = []): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  return page;
}

const peers: NodePeer[] = [];
async function peer(mapId: string, token: string): Promise<NodePeer> {
  const p = await joinAsPeer(suite.app.url, mapId, token);
  peers.push(p);
  return p;
}

afterEach(() => {
  for (const p of peers.splice(0)) p.leave();
});

describe("presence in Chromium", () => {
  it("keeps twenty people with long German names readable without pushing the map out of the window", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const errors: string[] = [];
    const ada = await openPage(map.links.edit, errors);
    for (let i = 0; i < 20; i++) {
      const p = await peer(map.id, map.tokens.edit);
      p.setState({
        user: { name: `Jürgen Größe-Müllerschön ${i} ${"ä".repeat(i)}`, color: "#1971c2" },
        cursor: { x: 100 + i * 20, y: 200 },
        selection: [],
        dragging: null,
      });
    }
    await expect.poll(() => ada.locator('[data-testid="person"]').count()).toBe(21);
    await expect.poll(() => ada.locator('[data-testid="peer-cursor"]').count()).toBe(20);
    expect(await ada.locator('[data-testid="people-count"]').textContent()).toBe("21 people");
    const header = await ada.locator(".editor-header").boundingBox();
    const pane = await ada.locator(".react-flow").boundingBox();
    expect(header?.height).toBeLessThan(100);
    expect(pane?.height).toBeGreaterThan(500);
    // The list shows whole people: each is inside its visible box or scrolled out of it, never cut in half.
    const cut = await ada.locator('[data-testid="people-list"] ul').evaluate((list) => {
      const box = list.getBoundingClientRect();
      return [...list.querySelectorAll<HTMLElement>('[data-testid="person"]')]
        .map((person) => person.getBoundingClientRect())
        .filter((r) => r.top < box.bottom - 0.5 && r.bottom > box.bottom + 0.5).length;
    });
    expect(cut).toBe(0);
    expect(errors).toEqual([]);
    await ada.screenshot({ path: "tests/e2e/output/presence-20.png" });
  });

  it("moves my cursor for the others when I pan the map under a resting mouse", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openPage(map.links.edit);
    const bob = await peer(map.id, map.tokens.edit);
    const adasCursor = (): { x: number; y: number } | null => {
      for (const [id, state] of bob.provider.awareness.getStates()) {
        if (id === bob.provider.awareness.clientID) continue;
        const cursor = (state as { cursor?: { x: number; y: number } | null }).cursor;
        if (cursor) return cursor;
      }
      return null;
    };
    const pane = await ada.locator(".react-flow__pane").boundingBox();
    if (!pane) throw new Error("The canvas pane is not visible.");
    // One move, so the one position others get is where the mouse rests.
    await ada.mouse.move(pane.x + 220, pane.y + 220);
    await expect.poll(() => adasCursor()).not.toBeNull();
    await expect.poll(() => ada.locator(".react-flow__viewport").getAttribute("style")).toBeTruthy();
    const before = adasCursor();
    const viewportBefore = await ada.locator(".react-flow__viewport").getAttribute("style");
    // The select tool pans on scroll (at half speed): the map moves 100 px up under the mouse, which stays.
    await ada.mouse.wheel(0, 200);
    await expect.poll(() => ada.locator(".react-flow__viewport").getAttribute("style")).not.toBe(viewportBefore);
    await expect.poll(() => adasCursor()?.y ?? 0, { timeout: 2000 }).toBeGreaterThan((before?.y ?? 0) + 90);
    expect(adasCursor()?.x).toBeCloseTo(before?.x ?? 0, 0);
  });
});

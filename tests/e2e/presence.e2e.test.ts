// Presence in real Chromium: where other people's cursors land at any zoom, who is listed, and that
// odd or hostile awareness states from other clients never break the page.
import { afterEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, twoCardMapFile } from "./harness";
import { joinAsPeer, type NodePeer } from "./presencePeers";
import { browserSuite } from "./suite";

const suite = browserSuite();
const ONLINE = '[data-testid="connection-status"][data-status="online"]';

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
    expect(errors).toEqual([]);
    await ada.screenshot({ path: "tests/e2e/output/presence-20.png" });
  });
});

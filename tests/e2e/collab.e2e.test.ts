// Live collaboration in real Chromium: two editors see each other, a viewer cannot change anything,
// and a replaced link ends the old link's session with a sentence.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const LINK_REPLACED = "The owner replaced this link; ask for the new one.";

/** The selectors this test relies on, agreed with the app (src/app, src/canvas) and the presence components. */
const SEL = {
  online: ONLINE,
  pane: ".react-flow__pane",
  peerCursor: '[data-testid="peer-cursor"]',
  readOnlyBadge: '[data-testid="read-only-badge"]',
  accessLost: '[data-testid="access-lost"]',
  card: '[data-testid="card-view"]',
  draggableNode: ".react-flow__node.draggable",
  stageHeader: '[data-testid="stage-st_1"]',
  stageName: '[data-testid="stage-st_1"] .stage-name',
  stageNameInput: '[data-testid="stage-st_1"] input.stage-name',
  stageInspectorName: '[data-testid="stage-inspector"] input[type="text"]',
  headerControls: ".header-controls",
  shareButton: '[data-testid="open-share"]',
};

const suite = browserSuite();

async function openPage(link: string): Promise<Page> {
  // A fresh context per person: its own storage, identity and IndexedDB, like another browser.
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector(SEL.online, { timeout: 15000 });
  return page;
}

function exampleMap() {
  return createMap(suite.app.url, twoCardMapFile());
}

describe("live collaboration in Chromium", () => {
  it("shows two editors each other's cursor and edits within a second", async () => {
    const map = await exampleMap();
    const ada = await openPage(map.links.edit);
    const bob = await openPage(map.links.edit);

    const pane = await ada.locator(SEL.pane).boundingBox();
    if (!pane) throw new Error("The canvas pane is not visible.");
    await ada.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await ada.mouse.move(pane.x + pane.width / 2 + 40, pane.y + pane.height / 2 + 30, { steps: 5 });
    await bob.locator(SEL.peerCursor).first().waitFor({ state: "visible", timeout: 1000 });

    // Rename the stage in the inspector, as a person would.
    await ada.locator(SEL.stageHeader).click();
    const input = ada.locator(SEL.stageInspectorName).first();
    await input.click();
    await input.fill("Compare, live");
    const started = Date.now();
    await input.press("Enter");
    await bob.locator(SEL.stageName, { hasText: "Compare, live" }).waitFor({ timeout: 1000 });
    expect(Date.now() - started).toBeLessThanOrEqual(1000);
  });

  it("shows what another editor selects and moves a card live while they drag it", async () => {
    const map = await exampleMap();
    const ada = await openPage(map.links.edit);
    const bob = await openPage(map.links.edit);

    const bobsC2 = bob.locator('.react-flow__node[data-id="c_2"]');
    expect(await bobsC2.evaluate((el) => getComputedStyle(el).boxShadow)).toBe("none");
    await ada.locator('[data-testid="card-c_2"]').click();
    await expect
      .poll(async () => bobsC2.evaluate((el) => getComputedStyle(el).boxShadow), { timeout: 1000, interval: 50 })
      .not.toBe("none");

    const box = await ada.locator('[data-testid="card-c_1"]').boundingBox();
    const before = await bob.locator('[data-testid="card-c_1"]').boundingBox();
    if (!box || !before) throw new Error("The card is not visible.");
    await ada.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await ada.mouse.down();
    await ada.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 10, { steps: 15 });
    // Still held: the other editor sees the card follow the drag through awareness alone.
    await expect
      .poll(async () => (await bob.locator('[data-testid="card-c_1"]').boundingBox())?.x ?? before.x, {
        timeout: 1000,
        interval: 50,
      })
      .toBeGreaterThan(before.x + 50);
    await ada.mouse.up();
  });

  it("lets an editor who loses the network keep working and merges the edits when it is back, new lanes too", async () => {
    const map = await exampleMap();
    const ada = await openPage(map.links.edit);
    const bob = await openPage(map.links.edit);

    // An editor keeps a copy in the browser, which is what lets the offline edit survive.
    await expect
      .poll(async () => ada.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
      .toContain(`outside-in:${map.id}`);
    await ada.context().setOffline(true);
    await ada.locator('[data-testid="connection-status"][data-status="offline"]').waitFor({ timeout: 5000 });
    await ada.locator(SEL.stageHeader).click();
    const input = ada.locator(SEL.stageInspectorName).first();
    await input.click();
    await input.fill("Renamed offline");
    await input.press("Enter");
    expect(await ada.locator(SEL.stageName).textContent()).toBe("Renamed offline");
    // Both add a Pain points lane while apart: once they meet, the later of the two is numbered on both pages.
    for (const page of [ada, bob]) await page.getByRole("combobox", { name: "Add lane…" }).selectOption("painPoints");
    await bob.waitForTimeout(500);
    expect(await bob.locator(SEL.stageName).textContent()).toBe("Compare offers");

    await ada.context().setOffline(false);
    await ada.locator(SEL.online).waitFor({ timeout: 10000 });
    await bob.locator(SEL.stageName, { hasText: "Renamed offline" }).waitFor({ timeout: 5000 });
    const laneNames = async (page: Page) => (await page.locator(".lane-name").allTextContents()).sort();
    const lanes = ["What I do", "Where I meet the brand", "What hurts", "What hurts 2"].sort();
    for (const page of [ada, bob]) await expect.poll(() => laneNames(page), { timeout: 5000 }).toEqual(lanes);
  });

  it("gives a view-link page no way to change anything", async () => {
    const map = await exampleMap();
    const viewer = await openPage(map.links.view);
    await expect(viewer.locator(SEL.readOnlyBadge).textContent()).resolves.toBeTruthy();
    expect(await viewer.locator(SEL.card).count()).toBeGreaterThan(0);
    expect(await viewer.locator(SEL.headerControls).count()).toBe(0);
    for (const name of ["Add stage", "Add card", "Undo"]) {
      expect(await viewer.getByRole("button", { name }).count()).toBe(0);
    }
    // A viewer keeps no copy of the map in the browser.
    const databases = await viewer.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).not.toContain(`outside-in:${map.id}`);
    expect(await viewer.locator(SEL.draggableNode).count()).toBe(0);
    // Double-clicking a name, typing and deleting change nothing, on this page or at the server.
    await viewer.locator(SEL.stageName).dblclick();
    expect(await viewer.locator(SEL.stageNameInput).count()).toBe(0);
    await viewer.locator(SEL.stageHeader).click();
    const nameField = viewer.locator(SEL.stageInspectorName).first();
    if ((await nameField.count()) > 0) expect(await nameField.getAttribute("readonly")).not.toBeNull();
    await viewer.locator(SEL.card).first().click();
    await viewer.keyboard.press("Delete");
    await viewer.keyboard.type("x");
    await viewer.waitForTimeout(300);
    expect(await viewer.locator(SEL.card).count()).toBe(2);
    expect(await viewer.locator(SEL.stageName).textContent()).toBe("Compare offers");
    const exported = await fetch(`${suite.app.url}/api/maps/${map.id}/export?format=json`, {
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    const body = (await exported.json()) as { journey: { cards: unknown[]; stages: { name: string }[] } };
    expect(body.journey.cards).toHaveLength(2);
    expect(body.journey.stages.map((st) => st.name)).toEqual(["Compare offers"]);
  });

  it("tells the old edit link's page that it lost access when the owner replaces the link", async () => {
    const map = await exampleMap();
    const owner = await openPage(map.links.owner);
    const editor = await openPage(map.links.edit);

    await owner.locator(SEL.shareButton).click();
    await owner.locator('[data-testid="share-replace-edit"]').click();
    await owner.locator('[data-testid="share-confirm-replace-edit"]').click();
    await owner.locator('[data-testid="share-link-edit"]').waitFor({ state: "visible", timeout: 3000 });
    expect(await owner.locator('[data-testid="share-link-edit"]').inputValue()).not.toBe(map.links.edit);

    await editor.locator(SEL.accessLost).waitFor({ state: "visible", timeout: 2000 });
    expect(await editor.locator(SEL.accessLost).textContent()).toContain(LINK_REPLACED);
  });
});

// Two people on one German map at once, in Chromium: what the canvas does when their work meets. A card one of them
// drags while the other deletes it, a path dropped on the middle of a card rather than on its small dot, and a path
// drawn from a card the other deletes meanwhile.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

/** Two stages, one lane, three cards: at 1280 × 800 the fitted map is at full size. */
function workshopMap() {
  const card = (id: string, stageId: string, title: string) => ({ id, stageId, laneId: "ln_do", title });
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "live",
      title: "Kfz-Schaden melden",
      language: "de",
      stages: [
        { id: "st_1", name: "Unfall", customerGoal: "Ich will wissen, was jetzt zu tun ist" },
        { id: "st_2", name: "Schaden melden", customerGoal: "Ich will den Schaden einmal melden" },
      ],
      lanes: [{ id: "ln_do", name: "Was ich tue", kind: "actions" }],
      cards: [
        card("c_1", "st_1", "Ich sichere die Unfallstelle"),
        card("c_2", "st_2", "Ich lade Fotos hoch – für 50 €"),
        card("c_3", "st_2", "Ich melde den Schaden „online“"),
      ],
      connections: [],
      comments: [],
    },
  };
}

async function openAs(link: string): Promise<Page> {
  const context = await suite.newContext({ locale: "de", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector('[data-fitted="true"]', { timeout: 15000 });
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  return page;
}

const box = async (page: Page, id: string) => {
  const b = await page.getByTestId(`card-${id}`).boundingBox();
  if (!b) throw new Error(`card ${id} not on screen`);
  return b;
};

describe("two people on one map", () => {
  it("puts a card back in its place for both when one deleted it while the other dragged it, and undid that", async () => {
    const map = await createMap(suite.app.url, workshopMap());
    const ada = await openAs(map.links.edit);
    const ben = await openAs(map.links.edit);
    const home = { ada: await box(ada, "c_1"), ben: await box(ben, "c_1") };
    await ben.getByTestId("card-c_1").click();

    await ada.mouse.move(home.ada.x + home.ada.width / 2, home.ada.y + 20);
    await ada.mouse.down();
    await ada.mouse.move(home.ada.x + home.ada.width / 2 + 200, home.ada.y + 60, { steps: 8 });
    // Ben, who had it selected, sees it on its way and deletes it under Ada's mouse.
    await waitFor(async () => (await box(ben, "c_1")).x > home.ben.x + 100, 5000, "Ada's drag on Ben's screen");
    await ben.keyboard.press("Delete");
    await ada.getByTestId("card-c_1").waitFor({ state: "detached" });
    await ada.mouse.move(home.ada.x + home.ada.width / 2 + 260, home.ada.y + 80, { steps: 4 });
    await ada.mouse.up();

    await ben.keyboard.press("Control+z");
    for (const [page, at] of [
      [ada, home.ada],
      [ben, home.ben],
    ] as const) {
      await page.getByTestId("card-c_1").waitFor();
      await waitFor(
        async () => {
          const now = await box(page, "c_1");
          return Math.abs(now.x - at.x) < 2 && Math.abs(now.y - at.y) < 2;
        },
        3000,
        "the card back in its own place",
      );
    }
  });

  it("draws the path when it is dropped on the middle of another card, for both", async () => {
    const map = await createMap(suite.app.url, workshopMap());
    const ada = await openAs(map.links.edit);
    const ben = await openAs(map.links.edit);

    const handle = await ada.getByTestId("card-c_1").locator(".react-flow__handle.source").boundingBox();
    const target = await box(ada, "c_3");
    if (!handle) throw new Error("no handle on the card");
    await ada.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await ada.mouse.down();
    await ada.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
    await ada.mouse.up();

    const path = "Pfad: Ich sichere die Unfallstelle → Ich melde den Schaden „online“";
    for (const page of [ada, ben])
      await page.locator(`.react-flow__edge[aria-label="${path}"]`).waitFor({ timeout: 3000 });
    expect(await ada.getByTestId("error-banner").count()).toBe(0);
  });
  it("names the card by its title when it was deleted while a path was drawn from it, and draws nothing", async () => {
    const map = await createMap(suite.app.url, workshopMap());
    const ada = await openAs(map.links.edit);
    const ben = await openAs(map.links.edit);
    await ben.getByTestId("card-c_1").click();

    const handle = await ada.getByTestId("card-c_1").locator(".react-flow__handle.source").boundingBox();
    const target = await box(ada, "c_3");
    if (!handle) throw new Error("no handle on the card");
    await ada.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await ada.mouse.down();
    await ada.mouse.move(target.x - 30, target.y + target.height / 2, { steps: 6 });
    await ben.keyboard.press("Delete");
    await ada.getByTestId("card-c_1").waitFor({ state: "detached" });
    await ada.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 4 });
    await ada.mouse.up();

    const banner = ada.getByTestId("error-banner");
    await banner.waitFor({ timeout: 3000 });
    expect(await banner.textContent()).toContain(
      "Die Karte „Ich sichere die Unfallstelle“ wurde gelöscht, während Sie einen Pfad von ihr gezogen haben",
    );
    expect(await banner.textContent()).not.toContain("c_1");
    expect(await ada.locator(".react-flow__edge").count()).toBe(0);
  });
  it("asks before deleting a stage with cards in words as large as at full size, also on the fitted map", async () => {
    const map = await createMap(suite.app.url, { title: "Kfz-Schaden", template: "motor-claim", language: "de" });
    const ada = await openAs(map.links.edit);
    const zoom = await ada.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      return viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
    });
    expect(zoom).toBeLessThan(0.7);
    const header = ada.locator(".react-flow__node-stageHeader").nth(1);
    await header.hover();
    await header.getByRole("button", { name: /^Phase „.*“ löschen$/ }).click();
    const question = header.getByRole("alertdialog");
    await question.waitFor();
    const words = await question.locator("span").boundingBox();
    const cancel = await question.getByRole("button", { name: "Abbrechen" }).boundingBox();
    if (!words || !cancel) throw new Error("the question is not on screen");
    // At full size: the words as wide as the header (262 px less the padding), the buttons tall enough to hit.
    expect(words.width).toBeGreaterThanOrEqual(200);
    expect(cancel.height).toBeGreaterThanOrEqual(20);
    // Not under the cards it grows over: the button answers a click there.
    await question.getByRole("button", { name: "Abbrechen" }).click();
    await question.waitFor({ state: "detached" });
  });
});
